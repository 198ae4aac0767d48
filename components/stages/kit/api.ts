// authentik's API beside the flow executor, for the steps of a stage that are not an answer to the
// executor: Plex redeems its token, Duo setup asks whether the phone was activated.
import { readCsrfToken, usableTimeout } from '../../../src/api/client.js';
import type { StageConfig } from './stage-element.js';

/**
 * POSTs `body` as JSON to `path` under the executor's API (`config.apiBase`, which follows
 * `base-url` and `api-path`), with authentik's session cookie and CSRF header, as the executor
 * sends its answers, failing after the executor's `timeout` as its requests do.
 */
export function postApi(config: StageConfig, path: string, body: unknown): Promise<Response> {
  const csrf = readCsrfToken(document.cookie);
  return fetch(new URL(path, new URL(config.apiBase ?? '/api/v3/', config.baseUrl)), {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', ...(csrf ? { 'X-authentik-CSRF': csrf } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(usableTimeout(config.timeout)),
  });
}
