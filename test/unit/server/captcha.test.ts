// The captcha stage of the reference server: authentik's challenge, its verification at api_url
// with authentik's messages, and the identification stage's captcha_stage.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFlowServer } from '../../../server/app.js';

const app = createFlowServer();

/** A cookie-keeping client for one flow. */
function client(slug: string) {
  let cookies = '';
  const url = `http://localhost/api/v3/flows/executor/${slug}/?query=`;
  const call = async (init?: RequestInit) => {
    let res = await app.fetch(
      new Request(url, {
        ...init,
        headers: {
          ...init?.headers,
          cookie: cookies,
          'content-type': 'application/json',
          origin: 'http://localhost',
        },
      }),
    );
    for (;;) {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const name = pair.split('=')[0];
        cookies = [...cookies.split('; ').filter((x) => x && !x.startsWith(`${name}=`)), pair].join(
          '; ',
        );
      }
      if (res.status !== 302) break;
      res = await app.fetch(
        new Request(new URL(res.headers.get('location')!, url), { headers: { cookie: cookies } }),
      );
    }
    return (await res.json()) as Record<string, unknown>;
  };
  return {
    get: () => call(),
    post: (body: Record<string, unknown>) => call({ method: 'POST', body: JSON.stringify(body) }),
  };
}

describe('reference server: captcha', () => {
  test('a standalone invisible captcha: challenge, a rejected token, then a good one', async () => {
    const c = client('demo-captcha-invisible');
    const first = await c.get();
    assert.equal(first.component, 'ak-stage-captcha');
    assert.equal(first.site_key, 'dev-site-key');
    assert.equal(first.js_url, '/dev/captcha/api.js');
    assert.equal(first.interactive, false);
    const rejected = await c.post({ component: 'ak-stage-captcha', token: 'dev-reject.1.x' });
    assert.deepEqual(rejected.response_errors, {
      token: [
        { string: 'Invalid captcha response. Retrying may solve this issue.', code: 'invalid' },
      ],
    });
    const next = await c.post({ component: 'ak-stage-captcha', token: 'dev-pass.1.unit' });
    assert.equal(next.component, 'ak-stage-identification');
  });

  test("a missing, null or blank token: DRF's CharField messages and codes", async () => {
    const c = client('demo-captcha-invisible');
    await c.get();
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'This field is required.', 'required'],
      [{ token: null }, 'This field may not be null.', 'null'],
      [{ token: '' }, 'This field may not be blank.', 'blank'],
    ];
    for (const [extra, string, code] of cases) {
      const r = await c.post({ component: 'ak-stage-captcha', ...extra });
      assert.deepEqual(r.response_errors, { token: [{ string, code }] }, JSON.stringify(extra));
    }
  });

  test('a token is good once (timeout-or-duplicate)', async () => {
    const c = client('demo-captcha-invisible');
    await c.get();
    const again = await c.post({ component: 'ak-stage-captcha', token: 'dev-pass.1.unit' });
    assert.equal(again.component, 'ak-stage-captcha');
  });

  test('identification with captcha_stage: the captcha in the challenge, the token checked', async () => {
    const c = client('demo-captcha-login');
    const first = await c.get();
    const cap = first.captcha_stage as Record<string, unknown>;
    assert.equal(cap.component, 'ak-stage-captcha');
    assert.equal(cap.interactive, true);
    const bad = await c.post({
      component: 'ak-stage-identification',
      uid_field: 'demo',
      captcha_token: 'dev-reject.2.x',
    });
    assert.deepEqual(bad.response_errors, {
      non_field_errors: [{ string: 'Failed to authenticate.', code: 'invalid' }],
    });
    const ok = await c.post({
      component: 'ak-stage-identification',
      uid_field: 'demo',
      captcha_token: 'dev-pass.2.unit',
    });
    assert.equal(ok.component, 'ak-stage-password');
  });

  test('the development verify endpoint answers like Turnstile', async () => {
    const verify = (secret: string, response: string) =>
      app
        .fetch(
          new Request('http://localhost/dev/captcha/siteverify', {
            method: 'POST',
            body: new URLSearchParams({ secret, response }),
          }),
        )
        .then((r) => r.json());
    assert.deepEqual(await verify('wrong', 'dev-pass.9.a'), {
      success: false,
      'error-codes': ['invalid-input-secret'],
    });
    assert.equal((await verify('dev-captcha-secret', 'dev-pass.9.a')).success, true);
    assert.equal((await verify('dev-captcha-secret', 'dev-reject.9.a')).success, false);
    const js = await app.fetch(new Request('http://localhost/dev/captcha/api.js'));
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.match(await js.text(), /window\.turnstile/);
  });
});
