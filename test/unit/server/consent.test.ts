// Applications and consent (authentik's ConsentStageView with an application in the plan): a flow
// runs for an application through /application/o/authorize/ (AuthorizationFlowInitView); the
// consent stage names the application and the scopes; `expiring` remembers the consent until it
// expires, `permanent` for good, both per user and application, and new scopes are asked alone.
// The server's clock is moved by hand (FlowServerOptions.clock), never waited for.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createFlowServer } from '../../../server/app.js';
import { Client, ORIGIN, enroll, login, type Json } from './helpers.js';

let now = Date.parse('2026-01-01T10:00:00Z');
const app = createFlowServer({
  shared: false,
  blueprints: [resolve('test/fixtures/blueprints/apps')],
  clock: () => now,
});
const CALLBACK = `${ORIGIN}/dev/oauth/callback`;

function authorizePath(clientId: string, scope: string, state = 'xyz'): string {
  const q = new URLSearchParams({
    client_id: clientId,
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope,
    state,
  });
  return `/application/o/authorize/?${q.toString()}`;
}

/** Opens the authorize URL as a browser would; returns the flow slug it was sent to. */
async function authorize(c: Client, clientId: string, scope: string): Promise<string> {
  const r = await c.raw(authorizePath(clientId, scope));
  assert.equal(r.status, 302, await r.text());
  const to = new URL(r.headers.get('Location')!, ORIGIN);
  const slug = /^\/if\/flow\/([^/]+)\/$/.exec(to.pathname)?.[1];
  assert.ok(slug, to.href);
  c.query = to.search.slice(1);
  return slug;
}

async function loggedIn(): Promise<Client> {
  const c = new Client(app);
  assert.equal((await login(c)).component, 'xak-flow-redirect');
  c.query = '';
  return c;
}

const landed = (body: Json) => {
  assert.equal(body.component, 'xak-flow-redirect', JSON.stringify(body));
  const to = new URL(String(body.to));
  assert.equal(to.origin + to.pathname, CALLBACK);
  assert.equal(to.searchParams.get('state'), 'xyz');
  assert.match(to.searchParams.get('code') ?? '', /^dev-code\./);
};

describe('a flow for an application (/application/o/authorize/)', () => {
  test('not logged in: to the login flow, which names the application, and back', async () => {
    const c = new Client(app);
    const r = await c.raw(authorizePath('team-notes', 'openid email'));
    assert.equal(r.status, 302);
    const to = new URL(r.headers.get('Location')!, ORIGIN);
    assert.equal(to.pathname, '/flows/-/default/authentication/');
    assert.equal(to.searchParams.get('next'), authorizePath('team-notes', 'openid email'));
    const first = await c.get('demo-login');
    assert.equal(first.component, 'ak-stage-identification');
    assert.equal(first.application_pre, 'Team Notes');
  });

  test('unknown client: 404; a redirect URI the provider does not allow: 400', async () => {
    const c = await loggedIn();
    assert.equal((await c.raw(authorizePath('nobody', 'email'))).status, 404);
    const bad = authorizePath('team-notes', 'email').replace(
      encodeURIComponent(CALLBACK),
      encodeURIComponent('https://evil.example/cb'),
    );
    const r = await c.raw(bad);
    assert.equal(r.status, 400);
    assert.match(await r.text(), /redirect_uri/);
  });
});

describe('consent', () => {
  test('expiring: the application and scopes are shown; remembered until it expires', async () => {
    const c = await loggedIn();
    const slug = await authorize(c, 'team-notes', 'openid email profile');
    assert.equal(slug, 'consent-expiring');
    const asked = await c.get(slug);
    assert.equal(asked.component, 'ak-stage-consent');
    assert.equal(asked.header_text, "You're about to sign into Team Notes.");
    assert.deepEqual(asked.permissions, [
      { id: 'email', name: 'Email address' },
      { id: 'profile', name: 'General Profile Information' },
    ]);
    assert.deepEqual(asked.additional_permissions, []);
    assert.equal((asked.flow_info as Json).title, 'Redirecting to Team Notes');
    landed((await c.post(slug, { component: 'ak-stage-consent', token: asked.token })).body);

    // Three weeks later: not asked again.
    now += 21 * 86_400_000;
    await authorize(c, 'team-notes', 'openid email profile');
    landed(await c.get(slug));

    // Another user is asked for the same application.
    const other = new Client(app);
    await enroll(other);
    other.query = '';
    await authorize(other, 'team-notes', 'openid email profile');
    assert.equal((await other.get(slug)).component, 'ak-stage-consent');

    // Fewer scopes than given (email only): asked, as authentik compares the sets.
    const more = await authorize(c, 'team-notes', 'openid email');
    assert.equal(more, slug);
    const fewer = await c.get(slug);
    assert.equal(fewer.component, 'ak-stage-consent');
    assert.deepEqual(fewer.permissions, [{ id: 'email', name: 'Email address' }]);
    landed((await c.post(slug, { component: 'ak-stage-consent', token: fewer.token })).body);
    // The consent now holds email only; asking for email and profile asks for profile alone.
    await authorize(c, 'team-notes', 'openid email profile');
    const added = await c.get(slug);
    assert.deepEqual(added.permissions, [{ id: 'email', name: 'Email address' }]);
    assert.deepEqual(added.additional_permissions, [
      { id: 'profile', name: 'General Profile Information' },
    ]);
    landed((await c.post(slug, { component: 'ak-stage-consent', token: added.token })).body);
    await authorize(c, 'team-notes', 'openid email profile');
    landed(await c.get(slug));

    // Four weeks after the last consent it has expired: asked again.
    now += 28 * 86_400_000 + 1000;
    await authorize(c, 'team-notes', 'openid email profile');
    assert.equal((await c.get(slug)).component, 'ak-stage-consent');
  });

  test('permanent: remembered for good', async () => {
    const c = await loggedIn();
    const slug = await authorize(c, 'wiki', 'openid email');
    const asked = await c.get(slug);
    assert.equal(asked.component, 'ak-stage-consent');
    assert.equal(asked.header_text, "You're about to sign into Wiki.");
    landed((await c.post(slug, { component: 'ak-stage-consent', token: asked.token })).body);
    now += 3 * 365 * 86_400_000;
    await authorize(c, 'wiki', 'openid email');
    landed(await c.get(slug));
  });

  test('a wrong token shows the consent again; German header for a German browser', async () => {
    const c = await loggedIn();
    c.language = 'de';
    // Team Notes: the consent given in the first test has expired by now.
    const slug = await authorize(c, 'team-notes', 'openid email profile');
    const asked = await c.get(slug);
    assert.equal(asked.header_text, 'Sie melden sich gleich bei Team Notes an.');
    const again = await c.post(slug, { component: 'ak-stage-consent', token: 'forged' });
    assert.equal(again.body.component, 'ak-stage-consent');
    assert.notEqual(again.body.token, asked.token);
  });

  test('always_require without an application: asked every time, nothing remembered', async () => {
    const c = await loggedIn();
    for (let i = 0; i < 2; i++) {
      const asked = await c.get('demo-consent');
      assert.equal(asked.component, 'ak-stage-consent');
      const done = await c.post('demo-consent', {
        component: 'ak-stage-consent',
        token: asked.token,
      });
      assert.equal(done.body.component, 'xak-flow-redirect');
    }
  });
});
