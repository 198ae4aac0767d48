// The flow client: builds authentik's URLs exactly as its own web UI does, sends the session and
// CSRF headers, enforces a timeout, and turns every failure into a FlowError.
import type { Challenge, ChallengeResponse, FlowInstance } from '../challenges.js';
import { safeNavigationUrl } from '../url.js';
import { FlowError, isAbortError } from './errors.js';

export interface FlowClientOptions {
  /** Origin (and optional path prefix) of authentik, e.g. `https://auth.example.com`. */
  baseUrl: string;
  /** API prefix, `/api/v3` by default. */
  apiPath?: string;
  slug: string;
  /** The host page's query string (with or without `?`); the server reads next/flow_token from it. */
  query?: string;
  /** Milliseconds before a request counts as failed. */
  timeout?: number;
  /** `Accept-Language` value; the server translates challenge strings with it. */
  language?: string;
  fetch?: typeof fetch;
}

export const DEFAULT_API_PATH = '/api/v3';
export const DEFAULT_TIMEOUT = 30_000;
const CSRF_COOKIE = 'authentik_csrf';

function trimSlashes(s: string): string {
  return s.replace(/\/+$/, '');
}

/** Where authentik's API is: `baseUrl` with the API path (default `/api/v3`), no trailing slash. */
export function apiBaseUrl(baseUrl: string, apiPath?: string): string {
  return trimSlashes(baseUrl) + '/' + trimSlashes(apiPath ?? DEFAULT_API_PATH).replace(/^\/+/, '');
}

/** Reads authentik's CSRF cookie when the page can see it (same site only). */
export function readCsrfToken(cookies: string | undefined): string | undefined {
  if (!cookies) return undefined;
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

let validatorModule: Promise<typeof import('./validate.js')> | undefined;

/** The challenge checks and their generated shape table, loaded once on first use. */
export function loadValidator(): Promise<typeof import('./validate.js')> {
  if (!validatorModule) {
    validatorModule = import('./validate.js');
    // Handled here (a request that fails first never awaits it); a failed load is tried again.
    validatorModule.catch(() => (validatorModule = undefined));
  }
  return validatorModule;
}

/** The longest delay a browser timer keeps (2^31−1 ms, 24.8 days): past it, it fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A timeout the browser's timer can keep: a `timeout` attribute that is no number ("30s" reads as
 * NaN), not above zero or past the timer's 2^31−1 ms range falls back to the default rather than
 * failing every request.
 */
export function usableTimeout(ms: number | undefined): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return DEFAULT_TIMEOUT;
  return Math.min(Math.round(ms), MAX_TIMER_MS);
}

export class FlowClient {
  readonly options: Required<Omit<FlowClientOptions, 'fetch' | 'language'>> &
    Pick<FlowClientOptions, 'language'>;
  // `#private` rather than TypeScript's `private`: the minifier shortens `#` names only.
  readonly #fetchImpl: typeof fetch;

  constructor(options: FlowClientOptions) {
    this.options = {
      baseUrl: trimSlashes(options.baseUrl),
      apiPath: '/' + trimSlashes(options.apiPath ?? DEFAULT_API_PATH).replace(/^\/+/, ''),
      slug: options.slug,
      query: (options.query ?? '').replace(/^\?/, ''),
      timeout: usableTimeout(options.timeout),
      language: options.language,
    };
    // Bound so that `window.fetch` keeps its receiver.
    this.#fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  get apiBase(): string {
    return apiBaseUrl(this.options.baseUrl, this.options.apiPath);
  }

  /** `/flows/executor/{slug}/?query=<the page query, encoded once>`: authentik compares it textually. */
  get executorUrl(): string {
    const { slug, query } = this.options;
    return `${this.apiBase}/flows/executor/${encodeURIComponent(slug)}/?query=${encodeURIComponent(query)}`;
  }

  get instanceUrl(): string {
    return `${this.apiBase}/flows/instances/${encodeURIComponent(this.options.slug)}/`;
  }

  passwordPolicyUrl(uuid: string): string {
    return `${this.apiBase}/policies/password/${encodeURIComponent(uuid)}/`;
  }

  /** Same origin keeps cookies with `same-origin`; a cross-origin authentik needs `include`. */
  get credentials(): RequestCredentials {
    const here = globalThis.location?.origin;
    try {
      return here && new URL(this.options.baseUrl, here).origin === here
        ? 'same-origin'
        : 'include';
    } catch {
      return 'include';
    }
  }

  getChallenge(signal?: AbortSignal): Promise<Challenge> {
    return this.#challengeRequest('GET', undefined, signal);
  }

  /** `wait`: how long (ms) this answer may take, when longer than `timeout` (a Duo push). */
  submit(response: ChallengeResponse, signal?: AbortSignal, wait?: number): Promise<Challenge> {
    return this.#challengeRequest('POST', response, signal, wait);
  }

  /** The Flow object, or null when the user may not read it (403 for anonymous users on authentik). */
  async getFlowInstance(signal?: AbortSignal): Promise<FlowInstance | null> {
    try {
      const { body } = await this.#request('GET', this.instanceUrl, undefined, signal);
      return body && typeof body === 'object' ? (body as FlowInstance) : null;
    } catch (err) {
      if (isAbortError(err)) throw err;
      // Optional data: the flow runs on flow_info alone. Only an unexpected failure is worth a note.
      if (!(err instanceof FlowError && [401, 403, 404].includes(err.status ?? 0))) {
        console.warn('ak-flow-executor: could not read the flow instance', err);
      }
      return null;
    }
  }

  async getPasswordPolicy(uuid: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const { body } = await this.#request('GET', this.passwordPolicyUrl(uuid), undefined, signal);
    if (!body || typeof body !== 'object') {
      throw new FlowError('malformed', 'The password policy is not an object.');
    }
    return body as Record<string, unknown>;
  }

  /** Drops the flow plan through authentik's cancel URL; what it answers does not matter. */
  async cancel(cancelUrl: string, signal?: AbortSignal): Promise<void> {
    const target = safeNavigationUrl(cancelUrl, this.options.baseUrl + '/');
    if (!target) return;
    try {
      await this.#fetchImpl(target, { credentials: this.credentials, redirect: 'manual', signal });
    } catch (err) {
      if (signal?.aborted) throw err;
    }
  }

  async #challengeRequest(
    method: 'GET' | 'POST',
    payload: ChallengeResponse | undefined,
    signal?: AbortSignal,
    wait?: number,
  ): Promise<Challenge> {
    // The shape table (a lazy chunk, out of the script-tag bundle) loads while the request is in
    // flight, so checking the answer costs no extra round trip; later requests find it loaded.
    const validator = loadValidator();
    const { status, body } = await this.#request(method, this.executorUrl, payload, signal, wait);
    if (!body || typeof body !== 'object' || typeof (body as Challenge).component !== 'string') {
      throw new FlowError(
        'no-component',
        'The server answered with JSON that is not a challenge.',
        {
          status,
        },
      );
    }
    let challengeProblem: (challenge: Record<string, unknown>) => string | null;
    try {
      ({ challengeProblem } = await validator);
    } catch {
      throw new FlowError('network', 'Could not load the challenge checks.');
    }
    const problem = challengeProblem(body as Challenge);
    if (problem) {
      throw new FlowError(
        'invalid-challenge',
        `Invalid ${(body as Challenge).component}: ${problem}`,
        { status, detail: problem },
      );
    }
    return body as Challenge;
  }

  #headers(method: 'GET' | 'POST', hasBody: boolean): Headers {
    const headers = new Headers({ Accept: 'application/json' });
    const language =
      this.options.language ??
      globalThis.navigator?.languages?.join(', ') ??
      globalThis.navigator?.language;
    if (language) headers.set('Accept-Language', language);
    if (hasBody) headers.set('Content-Type', 'application/json');
    // Django checks the token on unsafe methods only. Reading document.cookie is a synchronous
    // round trip to the browser process (8 ms of the first stage on a busy machine): GETs skip it.
    if (method !== 'GET') {
      const csrf = readCsrfToken(globalThis.document?.cookie);
      if (csrf) headers.set('X-authentik-CSRF', csrf);
    }
    return headers;
  }

  async #request(
    method: 'GET' | 'POST',
    url: string,
    payload: unknown,
    signal?: AbortSignal,
    wait = 0,
  ): Promise<{ status: number; body: unknown }> {
    const ms = Math.max(wait, this.options.timeout);
    const timeout = AbortSignal.timeout(ms);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res: Response;
    let text: string;
    try {
      res = await this.#fetchImpl(url, {
        method,
        headers: this.#headers(method, payload !== undefined),
        body: payload === undefined ? undefined : JSON.stringify(payload),
        credentials: this.credentials,
        redirect: 'follow',
        signal: combined,
      });
      text = await res.text();
    } catch (err) {
      if (signal?.aborted) throw signal.reason ?? err; // superseded by a newer request: not an error
      if (timeout.aborted) {
        throw new FlowError('timeout', `No answer from ${url} within ${ms} ms.`);
      }
      throw new FlowError('network', `Could not reach ${url}: ${String(err)}`);
    }
    if (!res.ok) {
      throw new FlowError('http', `${method} ${url} answered HTTP ${res.status}.`, {
        status: res.status,
      });
    }
    const type = res.headers.get('Content-Type') ?? '';
    if (!/[/+]json\b/i.test(type)) {
      throw new FlowError(
        'not-json',
        `${url} answered ${type || 'without a content type'}, not JSON.`,
        {
          status: res.status,
        },
      );
    }
    try {
      return { status: res.status, body: JSON.parse(text) };
    } catch {
      throw new FlowError('malformed', `${url} answered malformed JSON.`, { status: res.status });
    }
  }
}
