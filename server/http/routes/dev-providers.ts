// Development stand-ins for third parties, so flows with them run offline:
// `GET /dev/captcha/api.js` (a Turnstile-style captcha script, server/dev/captcha.js),
// `POST /dev/captcha/siteverify` (its verify endpoint, Turnstile's request and answer shape) and
// `GET /dev/logout/{name}` (an application's front-channel logout page).
import { readFileSync } from 'node:fs';
import { DEV_CAPTCHA_JS, DEV_CAPTCHA_VERIFY, devSiteverify } from '../../dev/captcha-verify.js';
import type { App } from '../env.js';

const script = readFileSync(new URL('../../dev/captcha.js', import.meta.url), 'utf8');

export function devProviderRoutes(app: App): void {
  app.get(DEV_CAPTCHA_JS, (c) =>
    c.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.post(DEV_CAPTCHA_VERIFY, async (c) => {
    const form = await c.req.parseBody();
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return c.json(devSiteverify(str(form.secret), str(form.response), new URL(c.req.url).hostname));
  });
  app.get('/dev/logout/:name', (c) =>
    c.html('<!doctype html><title>Signed out</title><p>Signed out of this application.</p>'),
  );
}
