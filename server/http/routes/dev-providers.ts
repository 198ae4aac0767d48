// Development stand-ins for third parties, so flows with them run offline:
// `GET /dev/captcha/api.js` (a Turnstile-style captcha script, server/dev/captcha.js),
// `POST /dev/captcha/siteverify` (its verify endpoint, Turnstile's request and answer shape) and
// `GET /dev/logout/{name}` (an application's front-channel logout page).
import { readFileSync } from 'node:fs';
import type { App } from '../env.js';

const script = readFileSync(new URL('../../dev/captcha.js', import.meta.url), 'utf8');

/** The secret the development captcha's verify endpoint expects. */
export const DEV_CAPTCHA_SECRET = 'dev-captcha-secret';

export function devProviderRoutes(app: App): void {
  app.get('/dev/captcha/api.js', (c) =>
    c.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.post('/dev/captcha/siteverify', async (c) => {
    const form = await c.req.parseBody();
    const secret = typeof form.secret === 'string' ? form.secret : '';
    const token = typeof form.response === 'string' ? form.response : '';
    if (secret !== DEV_CAPTCHA_SECRET) {
      return c.json({ success: false, 'error-codes': ['invalid-input-secret'] });
    }
    if (!token.startsWith('dev-pass.')) {
      return c.json({ success: false, 'error-codes': ['invalid-input-response'] });
    }
    return c.json({
      success: true,
      challenge_ts: new Date().toISOString(),
      hostname: new URL(c.req.url).hostname,
      score: 0.9,
      action: '',
    });
  });
  app.get('/dev/logout/:name', (c) =>
    c.html('<!doctype html><title>Signed out</title><p>Signed out of this application.</p>'),
  );
}
