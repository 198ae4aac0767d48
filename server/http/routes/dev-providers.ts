// Development stand-ins for third parties, so flows with them run offline:
// `GET /dev/captcha/api.js` (a Turnstile-style captcha script, server/dev/captcha.js),
// `POST /dev/captcha/siteverify` (its verify endpoint, Turnstile's request and answer shape) and
// `GET /dev/logout/{name}` (an application's front-channel logout page; `GET /dev/logout-log`
// lists those loaded), `GET /dev/oauth/callback` (an application's OAuth2 redirect URI), and
// OAuth 2.0 device
// authorization (RFC 8628) at authentik's paths: `POST /application/o/device/` issues a user code,
// `POST /application/o/token/` (device_code grant) answers `authorization_pending` until the user
// entered the code in the demo-device-code flow and signed in.
import { readFileSync } from 'node:fs';
import { DEV_CAPTCHA_JS, DEV_CAPTCHA_VERIFY, devSiteverify } from '../../dev/captcha-verify.js';
import { deviceCodes } from '../../dev/device-codes.js';
import type { ServerState } from '../../state.js';
import type { App } from '../env.js';
import { escapeHtml, html } from '../html.js';

const hits = new WeakMap<ServerState, string[]>();
/** The front-channel logout pages loaded, in order (GET /dev/logout-log). */
export function logoutHits(state: ServerState): string[] {
  let h = hits.get(state);
  if (!h) hits.set(state, (h = []));
  return h;
}

/** Where a device sends its user: the demo device-code flow. */
export const DEVICE_FLOW_SLUG = 'demo-device-code';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const script = readFileSync(new URL('../../dev/captcha.js', import.meta.url), 'utf8');

export function devProviderRoutes(app: App, state: ServerState): void {
  app.get(DEV_CAPTCHA_JS, (c) =>
    c.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.post(DEV_CAPTCHA_VERIFY, async (c) => {
    const form = await c.req.parseBody();
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return c.json(devSiteverify(str(form.secret), str(form.response), new URL(c.req.url).hostname));
  });
  app.get('/dev/logout/:name', (c) => {
    logoutHits(state).push(c.req.param('name'));
    return c.html('<!doctype html><title>Signed out</title><p>Signed out of this application.</p>');
  });
  app.get('/dev/logout-log', (c) => c.json(logoutHits(state)));
  // Where the test applications' OAuth2 providers send the browser back (/application/o/authorize/).
  app.get('/dev/oauth/callback', (c) => {
    const code = escapeHtml(c.req.query('code') ?? '');
    return c.html(
      html(
        'Application',
        `<h1>Signed in to the application</h1>\n<p>Authorization code: <code id="code">${code}</code></p>`,
      ),
    );
  });
  app.post('/application/o/device/', async (c) => {
    const form = await c.req.parseBody();
    const clientId = typeof form.client_id === 'string' ? form.client_id : '';
    if (!clientId) return c.json({ error: 'invalid_client' }, 400);
    const scope = typeof form.scope === 'string' ? form.scope : 'openid';
    const codes = deviceCodes(state);
    const code = codes.issue(clientId, scope);
    const verification = new URL(`/if/flow/${DEVICE_FLOW_SLUG}/`, c.req.url);
    return c.json({
      device_code: code.deviceCode,
      user_code: code.userCode,
      verification_uri: verification.href,
      verification_uri_complete: `${verification.href}?code=${encodeURIComponent(code.userCode)}`,
      expires_in: codes.lifetimeSeconds,
      interval: 1,
    });
  });
  app.post('/application/o/token/', async (c) => {
    const form = await c.req.parseBody();
    if (form.grant_type !== DEVICE_GRANT) return c.json({ error: 'unsupported_grant_type' }, 400);
    const code = deviceCodes(state).byDeviceCode(String(form.device_code ?? ''));
    if (!code || code.clientId !== form.client_id) return c.json({ error: 'invalid_grant' }, 400);
    if (code.expires < Date.now()) return c.json({ error: 'expired_token' }, 400);
    if (!code.user) return c.json({ error: 'authorization_pending' }, 400);
    return c.json({
      access_token: `dev-access.${code.deviceCode.slice(0, 12)}`,
      token_type: 'Bearer',
      expires_in: 3600,
      scope: code.scope,
      // Development only: who authorized, so a script can show it.
      username: code.user,
    });
  });
}
