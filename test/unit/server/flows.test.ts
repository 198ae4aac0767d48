// The protocol, end to end through app.fetch: login, errors, 302s, enrollment, recovery, denial,
// cancel, 404s, `next`, CSRF, instances, CORS, consent, logout, flow errors.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createFlowServer } from '../../../server/app.js';
import {
  Client,
  DEMO,
  STRONG_PASSWORD,
  enroll,
  getFollow,
  login,
  outboxLink,
  server,
  uniqueName,
} from './helpers.js';

describe('login (demo-login)', () => {
  test('identification → password → user login → redirect, and the session is logged in', async () => {
    const client = new Client();
    const first = await client.get('demo-login');
    assert.equal(first.component, 'ak-stage-identification');
    assert.deepEqual(first.flow_info, {
      title: 'Welcome to the demo',
      background: '/assets/flow-background.svg',
      cancel_url: '/flows/-/cancel/',
      layout: 'stacked',
    });
    assert.equal(first.enroll_url, '/if/flow/demo-enrollment/');
    assert.equal(first.recovery_url, '/if/flow/demo-recovery/');
    assert.equal(first.password_fields, false);
    assert.equal(first.primary_action, 'Log in');

    const password = await client.post('demo-login', {
      component: 'ak-stage-identification',
      uid_field: 'demo',
    });
    assert.equal(password.status, 302);
    assert.equal(password.body.component, 'ak-stage-password');
    assert.equal(password.body.pending_user, 'demo');
    assert.match(String(password.body.pending_user_avatar), /^data:image\/svg\+xml;base64,/);

    const userLogin = await client.post('demo-login', {
      component: 'ak-stage-password',
      password: DEMO.password,
    });
    assert.equal(userLogin.body.component, 'ak-stage-user-login');
    const sessionBefore = client.cookies.get('authentik_session');
    const csrfBefore = client.cookies.get('authentik_csrf');
    const done = await client.post('demo-login', {
      component: 'ak-stage-user-login',
      remember_me: true,
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    assert.notEqual(
      client.cookies.get('authentik_session'),
      sessionBefore,
      'session id rotates on login',
    );
    assert.notEqual(
      client.cookies.get('authentik_csrf'),
      csrfBefore,
      'CSRF token rotates on login',
    );

    // Logged in: a require_authenticated flow now applies.
    assert.equal((await client.get('demo-password-change')).component, 'ak-stage-prompt');
  });

  test('the email address identifies too, case-insensitively', async () => {
    const client = new Client();
    await client.get('demo-login');
    const r = await client.post('demo-login', {
      component: 'ak-stage-identification',
      uid_field: 'DEMO@example.com',
    });
    assert.equal(r.body.component, 'ak-stage-password');
    assert.equal(r.body.pending_user, 'demo');
  });

  test('a wrong password: HTTP 200, the same challenge, the error at the password field', async () => {
    const client = new Client();
    await client.get('demo-login');
    await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
    const r = await client.post('demo-login', { component: 'ak-stage-password', password: 'nope' });
    assert.equal(r.status, 200);
    assert.equal(r.body.component, 'ak-stage-password');
    assert.deepEqual(r.body.response_errors, {
      password: [{ string: 'Invalid password', code: 'invalid' }],
    });
    assert.ok(r.body.flow_info);
    // The flow goes on: the right password still works.
    const ok = await client.post('demo-login', {
      component: 'ak-stage-password',
      password: DEMO.password,
    });
    assert.equal(ok.body.component, 'ak-stage-user-login');
  });

  test('an empty password is a field error (blank), not a crash', async () => {
    const client = new Client();
    await client.get('demo-login');
    await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
    const r = await client.post('demo-login', { component: 'ak-stage-password', password: '' });
    assert.deepEqual(r.body.response_errors, {
      password: [{ string: 'This field may not be blank.', code: 'blank' }],
    });
  });

  test('an unknown user is not disclosed: the password stage follows and fails', async () => {
    const client = new Client();
    await client.get('demo-login');
    const r = await client.post('demo-login', {
      component: 'ak-stage-identification',
      uid_field: 'nobody',
    });
    assert.equal(r.body.component, 'ak-stage-password');
    assert.equal(r.body.pending_user, 'nobody');
    const bad = await client.post('demo-login', { component: 'ak-stage-password', password: 'x' });
    assert.equal(bad.body.component, 'ak-stage-password');
    assert.ok(bad.body.response_errors);
  });

  test('no identification data is a non-field error', async () => {
    const client = new Client();
    await client.get('demo-login');
    const r = await client.post('demo-login', {
      component: 'ak-stage-identification',
      uid_field: '',
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.response_errors, {
      non_field_errors: [{ string: 'No identification data provided.', code: 'invalid' }],
    });
  });

  test('a valid POST answers 302 to the very same executor URL', async () => {
    const client = new Client();
    client.query = 'next=%2Fapp&foo=bar baz';
    await client.get('demo-login');
    const path = client.executorPath('demo-login');
    const response = await client.raw(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ component: 'ak-stage-identification', uid_field: 'demo' }),
    });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('Location'), path);
  });

  test('a GET while a plan exists re-renders the current stage', async () => {
    const client = new Client();
    await client.get('demo-login');
    await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
    assert.equal((await client.get('demo-login')).component, 'ak-stage-password');
    assert.equal((await client.get('demo-login')).component, 'ak-stage-password');
  });

  test('failed_attempts_before_cancel (5) wrong passwords: access denied, plan dropped', async () => {
    // authentik counts the fall of the user's reputation since the stage was shown: a fresh user.
    const client = new Client();
    const username = uniqueName('tries');
    await client.app.state.users.create({ username, password: STRONG_PASSWORD });
    await client.get('demo-login');
    await client.post('demo-login', { component: 'ak-stage-identification', uid_field: username });
    const wrong = () =>
      client.post('demo-login', { component: 'ak-stage-password', password: 'wrong' });
    for (let i = 1; i < 5; i++) assert.equal((await wrong()).body.component, 'ak-stage-password');
    const fifth = await wrong();
    assert.equal(fifth.body.component, 'ak-stage-access-denied');
    assert.equal(fifth.body.error_message, 'Invalid password');
    assert.equal((await client.get('demo-login')).component, 'ak-stage-identification');
  });

  test('a form-encoded POST is accepted like DRF does', async () => {
    const client = new Client();
    await client.get('demo-login');
    const response = await client.raw(client.executorPath('demo-login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'component=ak-stage-identification&uid_field=demo',
    });
    assert.equal(response.status, 302);
  });
});

describe('next', () => {
  test('a relative next is the final redirect', async () => {
    const client = new Client();
    client.query = 'next=/app/inbox?tab=1';
    assert.deepEqual(await login(client), {
      component: 'xak-flow-redirect',
      to: '/app/inbox?tab=1',
      final_redirect: true,
    });
  });

  for (const next of [
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
  ]) {
    test(`an absolute next (${next}) is refused with access denied`, async () => {
      const client = new Client();
      client.query = `next=${encodeURIComponent(next)}`;
      await client.get('demo-login');
      await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
      await client.post('demo-login', { component: 'ak-stage-password', password: DEMO.password });
      const r = await client.post('demo-login', {
        component: 'ak-stage-user-login',
        remember_me: false,
      });
      assert.equal(r.body.component, 'ak-stage-access-denied');
      assert.equal(r.body.error_message, 'Invalid next URL');
    });
  }
});

describe('user login: remember_me as a DRF BooleanField', () => {
  test('"on" and "false" are booleans; null and "maybe" are refused with DRF\'s messages', async () => {
    const atLogin = async () => {
      const client = new Client();
      await client.get('demo-login');
      await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
      const r = await client.post('demo-login', {
        component: 'ak-stage-password',
        password: DEMO.password,
      });
      assert.equal(r.body.component, 'ak-stage-user-login');
      return client;
    };
    const answer = async (remember_me: unknown) =>
      (
        await (
          await atLogin()
        ).post('demo-login', { component: 'ak-stage-user-login', remember_me })
      ).body;
    assert.equal((await answer('on')).component, 'xak-flow-redirect');
    assert.equal((await answer('false')).component, 'xak-flow-redirect');
    assert.deepEqual((await answer(null)).response_errors, {
      remember_me: [{ string: 'This field may not be null.', code: 'null' }],
    });
    assert.deepEqual((await answer('maybe')).response_errors, {
      remember_me: [{ string: 'Must be a valid boolean.', code: 'invalid' }],
    });
  });
});

describe('enrollment (demo-enrollment)', () => {
  test('creates a user who can then log in', async () => {
    const client = new Client();
    const { username, password, result } = await enroll(client);
    assert.equal(result.status, 302);
    assert.deepEqual(result.body, {
      component: 'xak-flow-redirect',
      to: '/',
      final_redirect: true,
    });
    const user = server().state.users.byUsername(username);
    assert.ok(user);
    assert.equal(user.email, `${username}@example.com`);
    assert.equal(user.name, 'New Person');
    assert.match(user.password, /^scrypt\$/);
    assert.equal(
      await login(new Client(), { username, password }).then((c) => c.component),
      'xak-flow-redirect',
    );
  });

  test('a password that fails the policy: non_field_errors on the same prompt', async () => {
    const client = new Client();
    const { result } = await enroll(client, 'short');
    assert.equal(result.status, 200);
    assert.equal(result.body.component, 'ak-stage-prompt');
    assert.deepEqual(result.body.response_errors, {
      non_field_errors: [
        {
          string: 'Use at least 8 characters, with a digit, an upper-case and a lower-case letter.',
          code: 'invalid',
        },
      ],
    });
  });

  test('a breached password fails through the local HIBP list', async () => {
    const { result } = await enroll(new Client(), 'Password123');
    const errors = (result.body.response_errors as Record<string, { string: string }[]>)
      .non_field_errors!;
    assert.match(errors[0]!.string, /^Password exists on \d+ online lists\.$/);
  });

  test('field errors: required, email, username taken, passwords do not match', async () => {
    const client = new Client();
    await client.get('demo-enrollment');
    const missing = await client.post('demo-enrollment', { component: 'ak-stage-prompt' });
    const errors = missing.body.response_errors as Record<string, { code: string }[]>;
    assert.deepEqual(Object.keys(errors).sort(), [
      'email',
      'name',
      'password',
      'password_repeat',
      'username',
    ]);
    assert.equal(errors.username![0]!.code, 'required');

    const bad = await client.post('demo-enrollment', {
      component: 'ak-stage-prompt',
      username: 'demo',
      name: 'x',
      email: 'not-an-email',
      password: STRONG_PASSWORD,
      password_repeat: STRONG_PASSWORD,
    });
    assert.deepEqual(bad.body.response_errors, {
      username: [{ string: 'Username is already taken.', code: 'invalid' }],
      email: [{ string: 'Enter a valid email address.', code: 'invalid' }],
    });

    const mismatch = await client.post('demo-enrollment', {
      component: 'ak-stage-prompt',
      username: uniqueName('m'),
      name: 'x',
      email: 'x@example.com',
      password: STRONG_PASSWORD,
      password_repeat: STRONG_PASSWORD + '!',
    });
    assert.deepEqual(mismatch.body.response_errors, {
      non_field_errors: [{ string: "Passwords don't match.", code: 'invalid' }],
    });
  });

  test('enrolled users persist in --data FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flow-server-'));
    try {
      const file = join(dir, 'users.json');
      const first = createFlowServer({ dataFile: file, shared: false });
      const { username, password } = await enroll(new Client(first));
      const second = createFlowServer({ dataFile: file, shared: false });
      assert.ok(second.state.users.byUsername(username));
      assert.equal(
        (await login(new Client(second), { username, password })).component,
        'xak-flow-redirect',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('recovery by email (demo-recovery)', () => {
  test('identification → email → link from the outbox → new password → logged in', async () => {
    const { username } = await enroll(new Client());
    const client = new Client();
    await client.get('demo-recovery');
    const sent = await client.post('demo-recovery', {
      component: 'ak-stage-identification',
      uid_field: username,
    });
    assert.equal(sent.body.component, 'ak-stage-email');

    // Asking again re-sends: the same challenge with the "email-sent" marker.
    const resend = await client.post('demo-recovery', { component: 'ak-stage-email' });
    assert.deepEqual(resend.body.response_errors, {
      non_field_errors: [{ string: 'email-sent', code: 'email-sent' }],
    });

    const link = await outboxLink(client, `${username}@example.com`);
    assert.equal(link.pathname, '/if/flow/demo-recovery/');
    assert.ok(link.searchParams.get('flow_token'));

    // The link opens in another browser: the token carries the plan.
    const other = new Client();
    other.query = link.search.slice(1);
    const page = await other.raw(link.pathname + link.search);
    assert.match(await page.text(), /<ak-flow-executor slug="demo-recovery"[ >]/);
    // authentik's pickle_flow_token_for_email: the link first asks for a confirmation (a mail
    // scanner opening it does not use it up), email/tests/test_stage.py test_token.
    const confirm = await getFollow(other, 'demo-recovery');
    assert.equal(confirm.component, 'ak-stage-consent');
    assert.equal(confirm.header_text, 'Continue to confirm this email address.');
    assert.deepEqual([confirm.permissions, confirm.additional_permissions], [[], []]);
    const prompt = await other.post('demo-recovery', {
      component: 'ak-stage-consent',
      token: confirm.token,
    });
    assert.equal(prompt.body.component, 'ak-stage-prompt');
    const newPassword = 'Quartz-Lantern-Meadow-58';
    const done = await other.post('demo-recovery', {
      component: 'ak-stage-prompt',
      password: newPassword,
      password_repeat: newPassword,
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    assert.equal(
      (await login(new Client(), { username, password: newPassword })).component,
      'xak-flow-redirect',
    );

    // The token was single-use.
    const replay = new Client();
    replay.query = link.search.slice(1);
    assert.equal((await replay.get('demo-recovery')).component, 'ak-stage-identification');
  });

  test('the email link survives a scanner opening it, until the user confirms it', async () => {
    const { username } = await enroll(new Client());
    const client = new Client();
    await client.get('demo-recovery');
    await client.post('demo-recovery', {
      component: 'ak-stage-identification',
      uid_field: username,
    });
    const link = await outboxLink(client, `${username}@example.com`);
    const open = async () => {
      const c = new Client();
      c.query = link.search.slice(1);
      return { c, challenge: await getFollow(c, 'demo-recovery') };
    };
    // A scanner opens the link and goes no further; then the user, twice (two tabs).
    assert.equal((await open()).challenge.component, 'ak-stage-consent');
    const tab1 = await open();
    const tab2 = await open();
    assert.equal(tab1.challenge.component, 'ak-stage-consent');
    // An answer without a token is refused as authentik's serializer does, and spends nothing.
    const blank = await tab2.c.post('demo-recovery', { component: 'ak-stage-consent' });
    assert.equal(blank.body.component, 'ak-stage-consent');
    assert.deepEqual(Object.keys(blank.body.response_errors as object), ['token']);
    assert.equal((await getFollow(tab1.c, 'demo-recovery')).component, 'ak-stage-consent');
    // A wrong consent token is an answer: the token is deleted first and the link is spent.
    const wrong = await tab2.c.post('demo-recovery', { component: 'ak-stage-consent', token: 'x' });
    assert.equal(wrong.body.component, 'ak-stage-access-denied');
    assert.equal(wrong.body.error_message, 'Link was already used, please request a new link.');
    // The other tab, whose plan was restored before, finds the link used as well.
    const late = await getFollow(tab1.c, 'demo-recovery');
    assert.equal(late.component, 'ak-stage-access-denied');
    assert.equal(late.error_message, 'Link was already used, please request a new link.');
    // Opened again, the link starts the flow afresh.
    const fresh = await open();
    assert.equal(fresh.challenge.component, 'ak-stage-identification', 'the link is spent');
  });

  test('an unknown address pretends to send and mails nothing', async () => {
    const client = new Client();
    await client.get('demo-recovery');
    const r = await client.post('demo-recovery', {
      component: 'ak-stage-identification',
      uid_field: 'ghost@example.com',
    });
    assert.equal(r.body.component, 'ak-stage-email');
    const messages = (await (await client.raw('/dev/outbox')).json()) as { to: string }[];
    assert.ok(!messages.some((m) => m.to === 'ghost@example.com'));
  });
});

describe('plan lifecycle', () => {
  test('access denied drops the plan', async () => {
    const client = new Client();
    const denied = await client.get('demo-denied');
    assert.equal(denied.component, 'ak-stage-access-denied');
    assert.equal(denied.error_message, 'You are not allowed to use this flow.');
    assert.ok(denied.flow_info);
    assert.equal(
      client.app.state.sessions.get(client.cookies.get('authentik_session'))?.plan,
      undefined,
    );
  });

  test('a require_authenticated flow denies anonymous users', async () => {
    const denied = await new Client().get('demo-password-change');
    assert.equal(denied.component, 'ak-stage-access-denied');
  });

  test('cancel drops the plan and redirects to the invalidation flow', async () => {
    const client = new Client();
    await client.get('demo-login');
    await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
    const cancel = await client.raw('/flows/-/cancel/', { redirect: 'manual' });
    assert.equal(cancel.status, 302);
    assert.equal(cancel.headers.get('Location'), '/flows/-/default/invalidation/');
    const page = await client.raw('/flows/-/default/invalidation/', { redirect: 'manual' });
    assert.equal(page.headers.get('Location'), '/if/flow/demo-logout/');
    assert.equal((await client.get('demo-login')).component, 'ak-stage-identification');
  });

  test('cancel with a relative next goes there', async () => {
    const cancel = await new Client().raw('/flows/-/cancel/?next=/home', { redirect: 'manual' });
    assert.equal(cancel.headers.get('Location'), '/home');
  });

  test('a plan of another flow is replaced when a different flow is requested', async () => {
    const client = new Client();
    await client.get('demo-login');
    await client.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
    assert.equal((await client.get('demo-recovery')).component, 'ak-stage-identification');
  });

  test('an exception becomes ak-stage-flow-error with a request_id', async () => {
    const error = await new Client().get('demo-error');
    assert.equal(error.component, 'ak-stage-flow-error');
    assert.match(String(error.request_id), /^[0-9a-f]{32}$/);
    assert.equal(error.error, undefined, 'non-superusers get no error text');
  });

  test('logout (demo-logout) ends the session', async () => {
    const client = new Client();
    await login(client);
    assert.deepEqual(await getFollow(client, 'demo-logout'), {
      component: 'xak-flow-redirect',
      to: '/',
      final_redirect: true,
    });
    assert.equal((await client.get('demo-password-change')).component, 'ak-stage-access-denied');
  });

  test('consent (demo-consent): the token must be echoed', async () => {
    const client = new Client();
    await login(client);
    const consent = await client.get('demo-consent');
    assert.equal(consent.component, 'ak-stage-consent');
    assert.deepEqual(consent.permissions, []);
    assert.equal(consent.pending_user, 'demo');
    const wrong = await client.post('demo-consent', {
      component: 'ak-stage-consent',
      token: 'forged',
    });
    assert.equal(wrong.body.component, 'ak-stage-consent');
    const ok = await client.post('demo-consent', {
      component: 'ak-stage-consent',
      token: wrong.body.token as string,
    });
    assert.deepEqual(ok.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
  });

  test('password change (demo-password-change) for the logged-in user', async () => {
    const { username, password } = await enroll(new Client());
    const client = new Client();
    await login(client, { username, password });
    await client.get('demo-password-change');
    const changed = 'Copper-Falcon-River-71';
    const r = await client.post('demo-password-change', {
      component: 'ak-stage-prompt',
      password: changed,
      password_repeat: changed,
    });
    assert.deepEqual(r.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    assert.equal(
      (await login(new Client(), { username, password: changed })).component,
      'xak-flow-redirect',
    );
  });
});

describe('HTTP surface', () => {
  test('unknown slug on the executor: an HTML 404', async () => {
    const response = await new Client().raw('/api/v3/flows/executor/no-such-flow/?query=');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.match(await response.text(), /Not Found/);
  });

  test('/if/flow/<slug>/ serves the widget page; unknown slug 404', async () => {
    const client = new Client();
    const page = await client.raw('/if/flow/demo-login/?next=%2Fx');
    assert.equal(page.status, 200);
    const text = await page.text();
    assert.match(text, /<script type="module" src="\/static\/dist\/ak-flow\.js"><\/script>/);
    // As authentik's page: the brand, the flow's title as the document's, the first field focused.
    assert.match(
      text,
      /<ak-flow-executor slug="demo-login" brand document-title autofocus><\/ak-flow-executor>/,
    );
    assert.match(text, /<link rel="icon" href="data:,">/);
    assert.equal((await client.raw('/if/flow/nope/')).status, 404);
  });

  test('the demo page is served at /', async () => {
    const text = await (await new Client().raw('/')).text();
    assert.match(text, /<ak-flow-executor slug="demo-login">/);
  });

  test('the CSRF cookie is set and readable (not HttpOnly); the session cookie is HttpOnly', async () => {
    const client = new Client();
    const response = await client.raw(client.executorPath('demo-login'));
    const cookies = response.headers.getSetCookie();
    const csrf = cookies.find((c) => c.startsWith('authentik_csrf='));
    const session = cookies.find((c) => c.startsWith('authentik_session='));
    assert.ok(csrf && !/HttpOnly/i.test(csrf));
    assert.ok(session && /HttpOnly/i.test(session));
  });

  test('CSRF is enforced for logged-in sessions only', async () => {
    const anonymous = new Client();
    await anonymous.get('demo-login');
    const anon = await anonymous.post(
      'demo-login',
      { component: 'ak-stage-identification', uid_field: 'demo' },
      false,
    );
    assert.equal(anon.status, 302, 'anonymous POST needs no CSRF header');

    const client = new Client();
    await login(client);
    await client.get('demo-consent');
    const missing = await client.post(
      'demo-consent',
      { component: 'ak-stage-consent', token: 'x' },
      false,
    );
    assert.equal(missing.status, 403);
    assert.deepEqual(missing.body, { detail: 'CSRF Failed: CSRF token missing.' });
    const wrong = await client.raw(client.executorPath('demo-consent'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-authentik-CSRF': 'forged' },
      body: '{"component":"ak-stage-consent","token":"x"}',
    });
    assert.equal(wrong.status, 403);
    const ok = await client.post('demo-consent', { component: 'ak-stage-consent', token: 'x' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.component, 'ak-stage-consent');
  });

  test('instances: the Flow object; 404 for an unknown slug', async () => {
    const client = new Client();
    const response = await client.raw('/api/v3/flows/instances/demo-login/');
    assert.equal(response.status, 200);
    const flow = (await response.json()) as Record<string, unknown>;
    assert.equal(flow.slug, 'demo-login');
    assert.equal(flow.designation, 'authentication');
    assert.equal(flow.compatibility_mode, false);
    assert.equal((await client.raw('/api/v3/flows/instances/nope/')).status, 404);
  });

  test('--instances-403: anonymous users get 403, logged-in users the Flow', async () => {
    const app = server({ instances403: true, shared: false });
    const client = new Client(app);
    const anonymous = await client.raw('/api/v3/flows/instances/demo-login/');
    assert.equal(anonymous.status, 403);
    assert.ok(((await anonymous.json()) as { detail: string }).detail);
    await login(client);
    assert.equal((await client.raw('/api/v3/flows/instances/demo-login/')).status, 200);
  });

  test('CORS: allow-listed origins get credentials, others nothing', async () => {
    const app = server({ corsOrigins: ['http://localhost:8000'], shared: false });
    const client = new Client(app);
    const allowed = await client.raw(client.executorPath('demo-login'), {
      headers: { Origin: 'http://localhost:8000' },
    });
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8000');
    assert.equal(allowed.headers.get('Access-Control-Allow-Credentials'), 'true');
    const preflight = await client.raw(client.executorPath('demo-login'), {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:8000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-authentik-csrf',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /X-authentik-CSRF/i);
    const denied = await client.raw(client.executorPath('demo-login'), {
      headers: { Origin: 'http://evil.example' },
    });
    assert.equal(denied.headers.get('Access-Control-Allow-Origin'), null);
    const none = await new Client().raw('/api/v3/flows/executor/demo-login/?query=', {
      headers: { Origin: 'http://localhost:8000' },
    });
    assert.equal(
      none.headers.get('Access-Control-Allow-Origin'),
      null,
      'no CORS unless configured',
    );
  });

  test('a logged-in POST from a foreign origin fails the CSRF origin check', async () => {
    const client = new Client();
    await login(client);
    await client.get('demo-consent');
    const r = await client.raw(client.executorPath('demo-consent'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: '{"component":"ak-stage-consent","token":"x"}',
    });
    assert.equal(r.status, 403);
  });

  test('password policy and brand endpoints', async () => {
    const client = new Client();
    const policy = client.app.state.catalog
      .passwordPolicies()
      .find((p) => p.attrs.name === 'demo-password-policy')!;
    const response = await client.raw(`/api/v3/policies/password/${policy.pk}/`);
    assert.equal(response.status, 200);
    const json = (await response.json()) as Record<string, unknown>;
    assert.equal(json.length_min, 8);
    assert.equal(json.check_have_i_been_pwned, true);
    assert.equal(
      (await client.raw('/api/v3/policies/password/00000000-0000-0000-0000-000000000000/')).status,
      404,
    );
    const brand = (await (await client.raw('/api/v3/core/brands/current/')).json()) as Record<
      string,
      unknown
    >;
    assert.equal(brand.flow_authentication, 'demo-login');
  });

  test('the local HIBP range API', async () => {
    const client = new Client();
    // SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8
    const body = await (await client.raw('/dev/pwned/range/5baa6')).text();
    assert.match(body, /^1E4C9B93F3F0682250B6CF8331B7EE68FD8:\d+$/m);
    assert.equal((await client.raw('/dev/pwned/range/xyz')).status, 400);
  });

  test('the prompt showcase (demo-prompts) has all 21 field types and accepts a valid answer', async () => {
    const client = new Client();
    const challenge = await client.get('demo-prompts');
    const fields = challenge.fields as {
      field_key: string;
      type: string;
      choices: unknown;
      initial_value: string;
    }[];
    assert.equal(new Set(fields.map((f) => f.type)).size, 21);
    // authentik shows the text of static fields and alerts from initial_value, not label.
    const text = (type: string) => fields.find((f) => f.type === type)!.initial_value;
    assert.equal(text('static'), '<p>Static text, shown as HTML.</p>');
    assert.equal(text('alert_info'), 'An informational alert.');
    assert.equal(text('alert_warning'), 'A warning alert.');
    assert.equal(text('alert_danger'), 'A danger alert.');
    assert.deepEqual(fields.find((f) => f.type === 'dropdown')!.choices, [
      { value: 'red', label: 'red' },
      { value: 'green', label: 'green' },
      { value: 'blue', label: 'blue' },
    ]);
    const bad = await client.post('demo-prompts', {
      component: 'ak-stage-prompt',
      text: 'x',
      username: uniqueName('p'),
      email: 'p@example.com',
      password: 'x',
      dropdown: 'purple',
      number: 'many',
    });
    const errors = bad.body.response_errors as Record<string, { code: string }[]>;
    assert.equal(errors.dropdown![0]!.code, 'invalid_choice');
    assert.equal(errors.number![0]!.code, 'invalid');
    const ok = await client.post('demo-prompts', {
      component: 'ak-stage-prompt',
      text: 'x',
      username: uniqueName('p'),
      email: 'p@example.com',
      password: 'x',
      dropdown: 'green',
      radio: 'red',
      number: '42',
      checkbox: true,
      date: '2026-01-31',
      date_time: '2026-01-31T10:00',
      text_read_only: 'tampered',
    });
    assert.equal(ok.body.component, 'xak-flow-redirect');
  });
});
