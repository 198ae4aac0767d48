// The email stage's re-send limit (authentik's EmailStageView._is_rate_limited): re-sends per
// address within `recovery_cache_timeout` count; from `recovery_max_attempts` on nothing is sent
// and the wait, in whole minutes, is said; once the window has passed, re-sending works again.
// The server's clock is moved by hand (FlowServerOptions.clock), never waited for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createFlowServer } from '../../../server/app.js';
import { Client } from './helpers.js';

test('recovery_max_attempts: two re-sends in ten minutes, then "try again after N minutes"', async () => {
  let now = Date.parse('2026-01-01T10:00:00Z');
  const app = createFlowServer({
    demo: true,
    shared: false,
    blueprints: [resolve('test/fixtures/blueprints/apps')],
    clock: () => now,
  });
  const sentTo = async () =>
    ((await (await c.raw('/dev/outbox')).json()) as { to: string }[]).filter(
      (m) => m.to === 'demo@example.com',
    ).length;
  const c = new Client(app);
  await c.get('recovery-limit');
  const first = await c.post('recovery-limit', {
    component: 'ak-stage-identification',
    uid_field: 'demo@example.com',
  });
  assert.equal(first.body.component, 'ak-stage-email');
  assert.equal(await sentTo(), 1, 'the first email is sent on arrival and is not counted');

  const resend = () => c.post('recovery-limit', { component: 'ak-stage-email' });
  for (let i = 0; i < 2; i++) {
    now += 60_000;
    assert.deepEqual((await resend()).body.response_errors, {
      non_field_errors: [{ string: 'email-sent', code: 'email-sent' }],
    });
  }
  assert.equal(await sentTo(), 3);

  // Third re-send, two minutes after the first counted one: eight minutes to wait, nothing sent.
  now += 60_000;
  const limited = await resend();
  assert.equal(limited.body.component, 'ak-stage-email');
  assert.deepEqual(limited.body.response_errors, {
    non_field_errors: [
      {
        string: 'Too many account verification attempts. Please try again after 8 minutes.',
        code: 'rate_limited',
      },
    ],
  });
  assert.equal(await sentTo(), 3);

  // In German for a German browser.
  c.language = 'de';
  const german = await resend();
  assert.match(
    String(
      (german.body.response_errors as { non_field_errors: { string: string }[] })
        .non_field_errors[0]?.string,
    ),
    /^Zu viele Versuche.*8 Minuten/,
  );
  c.language = '';

  // Once the first counted re-send is out of the window, one more is allowed.
  now += 8 * 60_000;
  assert.deepEqual((await resend()).body.response_errors, {
    non_field_errors: [{ string: 'email-sent', code: 'email-sent' }],
  });
  assert.equal(await sentTo(), 4);
});
