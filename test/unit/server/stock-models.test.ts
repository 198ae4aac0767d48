// Models authentik's stock and example blueprints use beyond the basics: the invitation stage
// with invitations (`?itoken=`, fixed_data, single use, expiry, bound flow) and the user-delete
// stage, the reputation policy (test/fixtures/blueprints/models/).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { MODEL } from '../../../server/blueprints/models.js';
import {
  Client,
  STRONG_PASSWORD,
  getFollow,
  login,
  server,
  uniqueName,
  type Json,
} from './helpers.js';

const app = server({ blueprints: [resolve('test/fixtures/blueprints/models')] });
const invitationPk = (name: string) =>
  app.state.catalog.registry.find(MODEL.invitation, [['name', name]])?.pk;

describe('invitation stage', () => {
  test('without an invitation the flow is denied', async () => {
    const c = new Client(app);
    const denied = await c.get('invitation-enrollment');
    assert.equal(denied.component, 'ak-stage-access-denied');
    assert.equal(denied.error_message, 'Invalid invite/invite not found');
  });

  test('an expired invitation is no invitation', async () => {
    const c = new Client(app);
    c.query = `itoken=${invitationPk('invitation-expired')}`;
    assert.equal((await c.get('invitation-enrollment')).component, 'ak-stage-access-denied');
  });

  test('?itoken= pre-fills the prompt from fixed_data, enrolls, and is used up', async () => {
    const pk = invitationPk('invitation-for-ada');
    assert.ok(pk);
    const c = new Client(app);
    c.query = `itoken=${pk}`;
    // The invitation stage passes on its own (a 302), then the prompt.
    const prompt = await getFollow(c, 'invitation-enrollment');
    assert.equal(prompt.component, 'ak-stage-prompt', JSON.stringify(prompt));
    const email = (prompt.fields as Json[]).find((f) => f.field_key === 'email');
    assert.equal(email?.initial_value, 'ada@example.com');
    const username = uniqueName('ada');
    const done = await c.post('invitation-enrollment', {
      component: 'ak-stage-prompt',
      username,
      email: 'ada@example.com',
      password: STRONG_PASSWORD,
    });
    assert.deepEqual(done.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
    assert.equal(app.state.users.byUsername(username)?.email, 'ada@example.com');

    const again = new Client(app);
    again.query = `itoken=${pk}`;
    assert.equal(
      (await again.get('invitation-enrollment')).component,
      'ak-stage-access-denied',
      'a single-use invitation is used up',
    );
  });

  test('?token= names the invitation too (InvitationStageView.get_token: itoken, token, prompt_data)', async () => {
    const pk = invitationPk('invitation-for-grace');
    assert.ok(pk);
    const c = new Client(app);
    c.query = `token=${pk}`;
    const prompt = await getFollow(c, 'invitation-enrollment');
    assert.equal(prompt.component, 'ak-stage-prompt', JSON.stringify(prompt));
    const email = (prompt.fields as Json[]).find((f) => f.field_key === 'email');
    assert.equal(email?.initial_value, 'grace@example.com');
  });
});

describe('user-delete stage', () => {
  test('a logged-in user deletes their account and is logged out', async () => {
    const username = uniqueName('leaver');
    await app.state.users.create({ username, password: STRONG_PASSWORD });
    const c = new Client(app);
    await login(c, { username, password: STRONG_PASSWORD });
    assert.deepEqual(await c.get('unenrollment'), {
      component: 'xak-flow-redirect',
      to: '/',
      final_redirect: true,
    });
    assert.equal(app.state.users.byUsername(username), undefined);
    const after = await c.get('unenrollment');
    assert.equal(after.component, 'ak-stage-access-denied', 'no session user any more');
  });
});

describe('reputation policy', () => {
  test('after three wrong passwords the username is stopped; others are not', async () => {
    const username = uniqueName('guessed');
    await app.state.users.create({ username, password: STRONG_PASSWORD });
    const c = new Client(app);
    await c.get('reputation-login');
    let challenge = (
      await c.post('reputation-login', {
        component: 'ak-stage-identification',
        uid_field: username,
      })
    ).body;
    assert.equal(challenge.component, 'ak-stage-password', 'a fresh username passes');
    for (let i = 0; i < 3; i++) {
      challenge = (
        await c.post('reputation-login', { component: 'ak-stage-password', password: 'wrong' })
      ).body;
      assert.equal(challenge.component, 'ak-stage-password');
    }
    const again = new Client(app);
    await again.get('reputation-login');
    const stopped = (
      await again.post('reputation-login', {
        component: 'ak-stage-identification',
        uid_field: username,
      })
    ).body;
    assert.equal(stopped.component, 'ak-stage-access-denied', JSON.stringify(stopped));
    assert.equal(stopped.error_message, 'Too many failed attempts.');
    await login(new Client(app), undefined, 'reputation-login');
  });
});

describe('unsupported stages', () => {
  test('the flow-error card says which stage is not supported, to everyone', async () => {
    const error = await new Client(app).get('unsupported-stage');
    assert.equal(error.component, 'ak-stage-flow-error');
    assert.equal(
      error.error,
      'The stage "unsupported-source-stage" (authentik_stages_source.sourcestage) is not supported by the reference flow server.',
    );
  });
});
