// Loaded only when something went wrong: recognises the failures of an embed that a generic
// "network error" or "started over" would hide, names them in `ak-flow-error` (`kind` `cors` or
// `cookies`, the user's text in `detail`, in the language of that moment; the screen follows a
// switch of language, see messages.ts) and tells the developer in the console what to change.
import { msg } from '@lit/localize';
import { FlowError } from '../../src/api/errors.js';
import { sameSite } from '../../src/site.js';
import type { FlowErrorDetail } from './events.js';
import { explanations } from './messages.js';

explanations.cors = () =>
  msg(
    'This site is not allowed to use the sign-in service. Its administrator must allow this site (CORS).',
  );
explanations.cookies = () =>
  msg(
    'Your sign-in keeps starting over because your browser does not keep the sign-in service’s cookie. Allow its cookies, or ask the site’s administrator.',
  );

/** What the diagnosis needs of the FlowController (which imports this module lazily). */
interface Flow {
  error?: FlowError;
  readonly host: { requestUpdate(): void };
  readonly options: { client(): { baseUrl: string } };
  emit(type: 'ak-flow-error', detail: FlowErrorDetail): boolean;
}

const DOCTOR = (base: string) =>
  `Run \`npx ak-flow doctor --authentik ${base} --origin ${location.origin}\` for the exact fix.`;

/**
 * A request to a cross-origin authentik failed without an answer. If authentik answers a
 * `no-cors` request (an opaque answer: it is up and reachable), the browser refused the answer
 * for CORS: this page's origin is not allowed, or not with credentials.
 */
export async function diagnoseNetwork(flow: Flow, error: FlowError): Promise<void> {
  const found = await corsFailure(error, flow.options.client().baseUrl);
  // Still the failure on screen (no retry since): show the more specific one.
  if (found !== error && flow.error === error) replace(flow, found);
  flow.emit('ak-flow-error', { error: found });
}

function replace(flow: Flow, error: FlowError): void {
  flow.error = error;
  flow.host.requestUpdate();
}

async function corsFailure(error: FlowError, baseUrl: string): Promise<FlowError> {
  const base = new URL(baseUrl, location.href);
  if (base.origin === location.origin) return error;
  try {
    await fetch(base.origin + '/', {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    return error; // unreachable for every kind of request: offline, DNS, CSP, server down
  }
  console.warn(
    `ak-flow-executor: ${base.origin} is up but refuses this page (${location.origin}) by CORS. ` +
      `Its /api/v3/ must answer the OPTIONS preflight and every request with ` +
      `Access-Control-Allow-Origin: ${location.origin} and Access-Control-Allow-Credentials: true. ` +
      DOCTOR(base.origin),
  );
  return new FlowError(
    'cors',
    `CORS refused ${location.origin} at ${base.origin}: ${error.message}`,
    { detail: explanations.cors!() },
  );
}

/**
 * An answer brought the flow back to its first stage: the server did not know the session. Once
 * can be an expired session; twice, or at once when authentik is on another site (where
 * `SameSite=Lax` cookies are neither stored nor sent, and browsers block third-party cookies), the
 * session cookie does not stick.
 */
export function diagnoseRestart(flow: Flow, restarts: number): void {
  const base = new URL(flow.options.client().baseUrl, location.href);
  const crossSite = !sameSite(location.href, base);
  if (restarts < 2 && !crossSite) return;
  console.warn(
    `ak-flow-executor: every answer restarts the flow: authentik's session cookie does not come ` +
      `back from ${location.origin}. ` +
      (crossSite
        ? `${base.origin} is another site: its cookies need \`SameSite=None; Secure\` (https), and ` +
          `browsers that block third-party cookies still drop them; serve authentik on the same ` +
          `site (e.g. auth.${location.hostname}) instead. `
        : `Check that the proxy keeps the Set-Cookie headers and the cookie's domain and path. `) +
      DOCTOR(base.origin),
  );
  const error = new FlowError('cookies', `The session cookie of ${base.origin} does not stick.`, {
    detail: explanations.cookies!(),
  });
  replace(flow, error);
  flow.emit('ak-flow-error', { error });
}
