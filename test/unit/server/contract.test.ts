// Contract: every challenge the test flows produce, every answer they send, and the Flow,
// PasswordPolicy and CurrentBrand objects validate against authentik's schema.yml.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { SHARED_BLUEPRINTS } from '../../../server/app.js';
import { Client, DEMO, enroll, getFollow, login, outboxLink, type Exchange } from './helpers.js';
import { loadContract, type Contract } from './schema.js';

let contract: Contract;
const exchanges: Exchange[] = [];

function check(schemaName: string, value: unknown, what: string): void {
  const validate = contract.schema(schemaName);
  assert.ok(
    validate(value),
    `${what} is not a valid ${schemaName}: ${JSON.stringify(validate.errors, null, 1)}\n${JSON.stringify(value)}`,
  );
}

/** Replays the flows of the other test files, recording every exchange. */
async function recordFlows(): Promise<void> {
  const clients: Client[] = [];
  const client = () => {
    const c = new Client();
    clients.push(c);
    return c;
  };
  // login, with a wrong password, a remember-me answer, then consent and logout
  const a = client();
  await a.get('demo-login');
  await a.post('demo-login', { component: 'ak-stage-identification', uid_field: 'demo' });
  await a.post('demo-login', { component: 'ak-stage-password', password: 'wrong' });
  await a.post('demo-login', { component: 'ak-stage-password', password: DEMO.password });
  await a.post('demo-login', { component: 'ak-stage-user-login', remember_me: true });
  const consent = await a.get('demo-consent');
  await a.post('demo-consent', { component: 'ak-stage-consent', token: consent.token as string });
  await getFollow(a, 'demo-logout');
  // errors and denials
  const b = client();
  await b.post('demo-login', { component: 'ak-stage-identification', uid_field: '' });
  await b.get('demo-denied');
  await b.get('demo-error');
  await b.get('demo-password-change');
  b.query = 'next=https://evil.example/';
  await login(b).catch(() => undefined);
  // enrollment (policy failure, then success) and the prompt showcase
  await enroll(client(), 'short');
  const { username } = await enroll(client());
  const p = client();
  await p.get('demo-prompts');
  await p.post('demo-prompts', { component: 'ak-stage-prompt', text: '', dropdown: 'purple' });
  // recovery through the email link
  const r = client();
  await r.get('demo-recovery');
  await r.post('demo-recovery', { component: 'ak-stage-identification', uid_field: username });
  await r.post('demo-recovery', { component: 'ak-stage-email' });
  const link = await outboxLink(r, `${username}@example.com`);
  const r2 = client();
  r2.query = link.search.slice(1);
  await getFollow(r2, 'demo-recovery');
  await r2.post('demo-recovery', {
    component: 'ak-stage-prompt',
    password: 'Quartz-Lantern-Meadow-58',
    password_repeat: 'Quartz-Lantern-Meadow-58',
  });
  // The demo's own password change and MFA setup, so the contract does not hang on ../shared.
  const d = client();
  await login(d, DEMO, 'demo-login');
  await getFollow(d, 'demo-password-change');
  await d.post('demo-password-change', {
    component: 'ak-stage-prompt',
    password: 'a',
    password_repeat: 'a',
  });
  await getFollow(d, 'demo-mfa-setup-totp');
  await getFollow(d, 'demo-mfa-setup-static');
  await getFollow(d, 'demo-consent');
  // authentik's own blueprints
  if (existsSync(SHARED_BLUEPRINTS)) {
    const s = client();
    await login(s, DEMO, 'default-authentication-flow');
    await s.get('default-password-change');
    await s.post('default-password-change', {
      component: 'ak-stage-prompt',
      password: 'a',
      password_repeat: 'a',
    });
    await s.get('default-authenticator-totp-setup');
    await s.get('default-provider-authorization-implicit-consent');
    const e = client();
    await e.get('default-enrollment-flow');
  }
  exchanges.push(...clients.flatMap((c) => c.log));
}

describe('contract with schema.yml', () => {
  before(async () => {
    contract = loadContract();
    await recordFlows();
  });

  test('the validator is strict: it rejects camelCase keys, missing fields and wrong enums', () => {
    const validate = contract.schema('PasswordChallenge');
    assert.equal(
      validate({ component: 'ak-stage-password', pending_user: 'a', pending_user_avatar: 'b' }),
      true,
    );
    assert.equal(
      validate({ component: 'ak-stage-password', pendingUser: 'a', pending_user_avatar: 'b' }),
      false,
    );
    assert.equal(validate({ component: 'ak-stage-password', pending_user: 'a' }), false);
    const info = { cancel_url: '/x', layout: 'diagonal' };
    assert.equal(contract.schema('ContextualFlowInfo')(info), false);
    assert.equal(
      contract.schema('IdentificationChallenge')({
        component: 'ak-stage-identification',
        captcha_stage: null,
        user_fields: null,
        password_fields: false,
        flow_designation: 'authentication',
        primary_action: 'Log in',
        show_source_labels: false,
      }),
      true,
    );
  });

  test('the recorded flows cover the core challenge types', () => {
    const components = new Set(
      exchanges.flatMap((e) => (e.response?.component ? [e.response.component] : [])),
    );
    for (const c of [
      'ak-stage-identification',
      'ak-stage-password',
      'ak-stage-user-login',
      'ak-stage-prompt',
      'ak-stage-email',
      'ak-stage-consent',
      'ak-stage-access-denied',
      'ak-stage-flow-error',
      'xak-flow-redirect',
    ]) {
      assert.ok(components.has(c), `no ${c} recorded`);
    }
  });

  test('every challenge validates against its ChallengeTypes member, with flow_info where authentik sends it', () => {
    let count = 0;
    for (const exchange of exchanges) {
      const body = exchange.response;
      if (!body || !body.component) continue;
      const schemaName = contract.challengeSchemas[body.component];
      assert.ok(schemaName, `${body.component} is not a ChallengeTypes member`);
      check(schemaName, body, `${exchange.method} ${exchange.path}`);
      if (!['xak-flow-redirect', 'ak-stage-flow-error'].includes(body.component)) {
        assert.ok(body.flow_info, `${body.component} without flow_info`);
      }
      count++;
    }
    assert.ok(count > 30, `only ${count} challenges recorded`);
  });

  test('every request body validates against its *ChallengeResponseRequest', () => {
    let count = 0;
    for (const exchange of exchanges) {
      if (!exchange.request) continue;
      const component = String(exchange.request.component);
      const schemaName = contract.requestSchemas[component];
      assert.ok(schemaName, `${component} is not a FlowChallengeResponseRequest member`);
      check(schemaName, exchange.request, `request to ${exchange.path}`);
      count++;
    }
    assert.ok(count > 10);
  });

  test('Flow, PasswordPolicy and CurrentBrand', async () => {
    const client = new Client();
    for (const flow of client.app.flows) {
      const body = await (await client.raw(`/api/v3/flows/instances/${flow.slug}/`)).json();
      check('Flow', body, `instance ${flow.slug}`);
    }
    for (const policy of client.app.state.catalog.passwordPolicies()) {
      const body = await (await client.raw(`/api/v3/policies/password/${policy.pk}/`)).json();
      check('PasswordPolicy', body, `policy ${String(policy.attrs.name)}`);
    }
    check('CurrentBrand', await (await client.raw('/api/v3/core/brands/current/')).json(), 'brand');
  });
});
