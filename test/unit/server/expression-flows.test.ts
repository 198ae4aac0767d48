// Blueprints with Python expressions, run by the reference server as authentik runs them:
// test/fixtures/blueprints/expressions/ (a login asking for a second factor only when the user
// has a device; settings with prompt expressions and a validation policy), and authentik's own
// default authentication flow when ../shared is there. One Python engine for the file.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { addDevice, newTotpDevice } from '../../../server/model/devices.js';
import { Client, DEMO, STRONG_PASSWORD, login, server, uniqueName, type Json } from './helpers.js';

const app = server({ blueprints: [resolve('test/fixtures/blueprints/expressions')] });
after(() => app.state.expressions.close());

async function firstFactor(c: Client, username: string, password: string, slug: string) {
  await c.get(slug);
  await c.post(slug, { component: 'ak-stage-identification', uid_field: username });
  return (await c.post(slug, { component: 'ak-stage-password', password })).body;
}

describe('a login that asks for a second factor only when the user has one', () => {
  test('no device: identification, password, logged in (the validation stage is skipped)', async () => {
    const c = new Client(app);
    const done = await firstFactor(c, DEMO.username, DEMO.password, 'expr-login-2fa');
    assert.deepEqual(done, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
  });

  test('a TOTP device: the second factor is asked, and the right code logs in', async () => {
    const username = uniqueName('twofa');
    const user = await app.state.users.create({ username, password: STRONG_PASSWORD });
    const device = { ...newTotpDevice('phone'), confirmed: true };
    addDevice(user, device);
    const c = new Client(app);
    const challenge = await firstFactor(c, username, STRONG_PASSWORD, 'expr-login-2fa');
    assert.equal(challenge.component, 'ak-stage-authenticator-validate', JSON.stringify(challenge));
    assert.deepEqual(
      (challenge.device_challenges as Json[]).map((d) => d.device_class),
      ['totp'],
    );
    const totp = new TOTP({ secret: Secret.fromBase32(device.secret), digits: device.digits });
    const done = await c.post('expr-login-2fa', {
      component: 'ak-stage-authenticator-validate',
      code: totp.generate(),
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
  });
});

describe('settings: prompt expressions and a validation policy', () => {
  test('fields are filled by Python; the policy rejects, then rewrites what was typed', async () => {
    const c = new Client(app);
    await login(c);
    const first = await c.get('expr-settings');
    assert.equal(first.component, 'ak-stage-prompt', JSON.stringify(first));
    const fields = Object.fromEntries(
      (first.fields as Json[]).map((f) => [f.field_key, f] as [string, Json]),
    );
    assert.equal(fields.username!.initial_value, 'demo');
    assert.deepEqual(
      (fields.locale!.choices as Json[]).map((choice) => choice.value),
      ['en', 'de', 'fr'],
    );
    assert.equal(fields.locale!.initial_value, 'fr');
    assert.equal(fields.hint!.placeholder, 'e.g. demo@example.com');

    const rejected = await c.post('expr-settings', {
      component: 'ak-stage-prompt',
      username: 'Has Space',
      locale: 'de',
    });
    assert.deepEqual(rejected.body.response_errors, {
      non_field_errors: [{ string: 'No spaces in usernames, please.', code: 'invalid' }],
    });
    const saved = await c.post('expr-settings', {
      component: 'ak-stage-prompt',
      username: 'NewName',
      locale: 'de',
    });
    // The next stage is bound to a policy that does not compile; failure_result true keeps it.
    assert.equal(saved.body.component, 'ak-stage-prompt', JSON.stringify(saved.body));
    const [confirm] = saved.body.fields as Json[];
    assert.equal(confirm!.initial_value, 'Saved as newname (de)');
    assert.ok(
      app.report.notices.some(
        (n) =>
          n.message.startsWith('expression policy "expr-settings-broken" failed: SyntaxError') &&
          n.message.includes('failure_result (true)'),
      ),
      'the broken policy is reported by name',
    );
  });

  test('a negated flow policy: the flow applies to everyone but "blocked"', async () => {
    const blocked = { username: 'blocked', password: STRONG_PASSWORD };
    if (!app.state.users.byUsername('blocked')) await app.state.users.create(blocked);
    const c = new Client(app);
    await login(c, blocked);
    const denied = await c.get('expr-settings');
    assert.equal(denied.component, 'ak-stage-access-denied', JSON.stringify(denied));
  });
});

describe('groups from blueprints: ak_is_group_member, all_groups, group attributes', () => {
  test('a member of a subgroup may use the flow and sees their groups; others are denied', async () => {
    const grace = new Client(app);
    await login(grace, { username: 'grace', password: STRONG_PASSWORD });
    const prompt = await grace.get('expr-staff-only');
    assert.equal(prompt.component, 'ak-stage-prompt', JSON.stringify(prompt));
    assert.equal((prompt.fields as Json[])[0]!.initial_value, 'employees, staff in north');
    const demo = new Client(app);
    await login(demo);
    assert.equal((await demo.get('expr-staff-only')).component, 'ak-stage-access-denied');
  });
});

describe('ak_call_policy of password and reputation policies (call-policy.yaml)', () => {
  test('a validation expression passes the password policy on, plus its own rule', async () => {
    const c = new Client(app);
    await c.get('expr-call-signup');
    const username = uniqueName('caller');
    // Each password is refused with the one message the expression relays.
    const refused = [
      ['short', 'Use at least 12 characters, one of them a digit.'],
      [`${username}-Quartz-58`, 'The password must not contain the username.'],
    ];
    for (const [password, message] of refused) {
      const answer = await c.post('expr-call-signup', {
        component: 'ak-stage-prompt',
        username,
        password,
      });
      assert.deepEqual(answer.body.response_errors, {
        non_field_errors: [{ string: message, code: 'invalid' }],
      });
    }
    const done = await c.post('expr-call-signup', {
      component: 'ak-stage-prompt',
      username,
      password: STRONG_PASSWORD,
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    assert.ok(app.state.users.byUsername(username));
  });

  test('an expression asks the reputation policy: three wrong passwords stop the username', async () => {
    const username = uniqueName('guessed');
    await app.state.users.create({ username, password: STRONG_PASSWORD });
    const identify = async () => {
      const c = new Client(app);
      await c.get('expr-call-login');
      const r = await c.post('expr-call-login', {
        component: 'ak-stage-identification',
        uid_field: username,
      });
      return { c, body: r.body };
    };
    const first = await identify();
    assert.equal(first.body.component, 'ak-stage-password', 'a fresh username passes');
    for (let i = 0; i < 3; i++) {
      const r = await first.c.post('expr-call-login', {
        component: 'ak-stage-password',
        password: 'wrong',
      });
      assert.equal(r.body.component, 'ak-stage-password');
    }
    const stopped = (await identify()).body;
    assert.equal(stopped.component, 'ak-stage-access-denied', JSON.stringify(stopped));
    assert.equal(stopped.error_message, 'Too many failed attempts.');
    // Another user is not stopped.
    assert.equal(
      (await login(new Client(app), DEMO, 'expr-call-login')).component,
      'xak-flow-redirect',
    );
  });
});
