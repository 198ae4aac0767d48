// The identification stage as authentik's newest IdentificationStageView: the embedded captcha
// is checked for a user that exists (after the lookup), and a `login_hint` in the flow's query
// fills in the identifier, or answers a stage with no password, captcha, passkey or policies,
// unless "Not you?" (the cancel URL) was just followed. And the password stage's recovery link:
// the brand's recovery flow.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, DEMO, getFollow, server } from './helpers.js';

describe('identification: the embedded captcha after the lookup', () => {
  test('an unknown user passes as pretend_user_exists says, without the captcha being asked', async () => {
    const c = new Client();
    const first = await c.get('demo-captcha-login');
    assert.deepEqual(
      [
        (first.captcha_stage as Record<string, unknown>).pending_user,
        (first.captcha_stage as Record<string, unknown>).pending_user_avatar,
      ],
      ['', ''],
    );
    const unknown = await c.post('demo-captcha-login', {
      component: 'ak-stage-identification',
      uid_field: 'nobody-at-all',
      captcha_token: 'dev-reject.7.x',
    });
    assert.equal(unknown.body.component, 'ak-stage-password');
    assert.equal(unknown.body.pending_user, 'nobody-at-all');
  });

  test('a user that exists: a refused token fails the login', async () => {
    const c = new Client();
    await c.get('demo-captcha-login');
    const refused = await c.post('demo-captcha-login', {
      component: 'ak-stage-identification',
      uid_field: DEMO.username,
      captcha_token: 'dev-reject.8.x',
    });
    assert.deepEqual(refused.body.response_errors, {
      non_field_errors: [{ string: 'Failed to authenticate.', code: 'invalid' }],
    });
  });
});

describe('identification: login_hint', () => {
  test('a simple stage is answered by the hint: the next stage asks for that user', async () => {
    const c = new Client();
    c.query = `login_hint=${DEMO.username}`;
    const next = await getFollow(c, 'demo-login');
    assert.equal(next.component, 'ak-stage-password');
    assert.equal(next.pending_user, DEMO.username);
  });

  test('a stage with a captcha shows the hint in the field instead', async () => {
    const c = new Client();
    c.query = 'login_hint=ada%40example.com';
    const first = await getFollow(c, 'demo-captcha-login');
    assert.equal(first.component, 'ak-stage-identification');
    assert.equal(first.pending_user_identifier, 'ada@example.com');
  });

  test('"Not you?" (the cancel URL) shows the empty stage once, not the hint again', async () => {
    const c = new Client();
    c.query = `login_hint=${DEMO.username}`;
    assert.equal((await getFollow(c, 'demo-login')).component, 'ak-stage-password');
    const cancel = await c.raw('/flows/-/cancel/', { redirect: 'manual' });
    assert.equal(cancel.status, 302);
    const again = await getFollow(c, 'demo-login');
    assert.equal(again.component, 'ak-stage-identification');
    assert.equal(again.pending_user_identifier, undefined);
    // Read again (the widget does on a language switch): still no hint, no skip.
    const reread = await getFollow(c, 'demo-login');
    assert.equal(reread.component, 'ak-stage-identification');
    assert.equal(reread.pending_user_identifier, undefined);
    // Once the stage is answered, the hint counts again in this session.
    const session = () => server().state.sessions.get(c.cookies.get('authentik_session'));
    assert.equal(session()?.overrideLoginHint, true);
    const next = await c.post('demo-login', {
      component: 'ak-stage-identification',
      uid_field: 'someone',
    });
    assert.equal(next.body.component, 'ak-stage-password');
    assert.equal(session()?.overrideLoginHint, undefined);
  });
});

describe("password stage: the brand's recovery flow (request.brand.flow_recovery)", () => {
  test('previewing your own blueprints, the link goes to your recovery flow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ak-recovery-'));
    writeFileSync(
      join(dir, 'recovery.yaml'),
      [
        'version: 1',
        'entries:',
        '  - model: authentik_flows.flow',
        '    identifiers: { slug: my-own-recovery }',
        '    attrs: { name: Mine, title: Mine, designation: recovery }',
      ].join('\n'),
    );
    const c = new Client(server({ blueprints: [dir], preview: true }));
    await c.get('demo-login');
    const next = await c.post('demo-login', {
      component: 'ak-stage-identification',
      uid_field: DEMO.username,
    });
    assert.equal(next.body.component, 'ak-stage-password');
    assert.equal(new URL(String(next.body.recovery_url)).pathname, '/if/flow/my-own-recovery/');
  });
});
