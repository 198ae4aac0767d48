// The blueprint loader (custom tags, upserts, meta-apply, reporting) and authentik's own
// blueprints from ../shared/fixtures/blueprints running on the reference server.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { SHARED_BLUEPRINTS, createFlowServer } from '../../../server/app.js';
import { applyBlueprints, readBlueprintDir } from '../../../server/blueprints/loader.js';
import { Registry } from '../../../server/blueprints/registry.js';
import { Catalog } from '../../../server/blueprints/models.js';
import { pythonFormat } from '../../../server/blueprints/tags.js';
import { reportPolicies } from '../../../server/flow/policy-report.js';
import { Report } from '../../../server/report.js';
import { Client, DEMO, STRONG_PASSWORD, getFollow, login, uniqueName } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'blueprints-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function load(files: Record<string, string>, env: Record<string, string> = {}) {
  const sub = mkdtempSync(join(dir, 'set-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(sub, name), text);
  const report = new Report();
  const registry = new Registry();
  applyBlueprints(readBlueprintDir(sub, report), registry, { report, env });
  return {
    registry,
    report,
    catalog: new Catalog(registry),
    messages: report.notices.map((n) => n.message),
  };
}

describe('blueprint loader', () => {
  test('!KeyOf, !Find, !Env, !Context and !Format resolve', () => {
    const { catalog, messages } = load(
      {
        'a.yaml': `
version: 1
metadata: {name: A}
context: {suffix: ctx}
entries:
  - model: authentik_flows.flow
    id: flow
    identifiers: {slug: !Format ["flow-%s-%s", !Context suffix, !Env [WHO, nobody]]}
    attrs: {name: !Context [missing, fallback], title: !Env TITLE, designation: authentication}
  - model: authentik_stages_deny.denystage
    id: deny
    identifiers: {name: deny}
  - model: authentik_flows.flowstagebinding
    identifiers: {target: !KeyOf flow, stage: !KeyOf deny, order: 0}
  - model: authentik_stages_identification.identificationstage
    identifiers: {name: ident}
    attrs: {enrollment_flow: !Find [authentik_flows.flow, [slug, flow-ctx-me]]}
`,
      },
      { WHO: 'me', TITLE: 'From env' },
    );
    assert.deepEqual(messages, []);
    const flow = catalog.flowBySlug('flow-ctx-me');
    assert.ok(flow);
    assert.equal(flow.name, 'fallback');
    assert.equal(flow.title, 'From env');
    const [binding] = catalog.stageBindings(flow.pk);
    assert.equal(catalog.stage(binding!.stage)?.kind, 'deny');
    const ident = catalog.registry.find('authentik_stages_identification.identificationstage', [
      ['name', 'ident'],
    ]);
    assert.equal(ident?.attrs.enrollment_flow, flow.pk);
  });

  test('identifiers upsert: a second entry with the same identifiers merges its attrs', () => {
    const { catalog } = load({
      'a.yaml': `
version: 1
entries:
  - {model: authentik_flows.flow, identifiers: {slug: x}, attrs: {title: one, designation: recovery}}
  - {model: authentik_flows.flow, identifiers: {slug: x}, attrs: {title: two}}
  - {model: authentik_flows.flow, identifiers: {slug: gone}, attrs: {title: three}}
  - {model: authentik_flows.flow, identifiers: {slug: gone}, state: absent}
`,
    });
    assert.equal(catalog.flows().length, 1);
    assert.equal(catalog.flowBySlug('x')?.title, 'two');
    assert.equal(catalog.flowBySlug('x')?.designation, 'recovery');
  });

  test('unknown tags, unsupported models and bad files are reported, not dropped silently', () => {
    const { messages, catalog } = load({
      'a.yaml': `
version: 1
entries:
  - {model: authentik_flows.flow, identifiers: {slug: t}, attrs: {title: !If [true, a, b]}}
  - {model: authentik_stages_source.sourcestage, identifiers: {name: c}}
  - {model: authentik_policies_expression.expressionpolicy, identifiers: {name: expr}, attrs: {expression: return True}}
`,
      'b.yaml': 'version: 1\nentries: [unclosed',
      'c.yaml': 'just: a map',
    });
    assert.ok(
      messages.some((m) => m.includes('!If')),
      'unknown tag',
    );
    assert.ok(
      messages.some((m) => m.includes('authentik_stages_source.sourcestage')),
      'unsupported model',
    );
    assert.ok(
      messages.some((m) => m.startsWith('b.yaml: not loaded')),
      'YAML error',
    );
    assert.ok(
      messages.some((m) => m.startsWith('c.yaml: not loaded')),
      'not a blueprint',
    );
    assert.ok(catalog.flowBySlug('t'));
  });

  test('reports say what an unsupported policy does to the flow, and name duplicate definitions', () => {
    const { catalog, report, messages } = load({
      'a.yaml': `
version: 1
entries:
  - {model: authentik_flows.flow, id: f, identifiers: {slug: geo}, attrs: {title: A}}
  - {model: authentik_stages_deny.denystage, id: d, identifiers: {name: geo-deny}}
  - {model: authentik_flows.flowstagebinding, id: b, identifiers: {target: !KeyOf f, stage: !KeyOf d, order: 5}}
  - {model: authentik_policies_geoip.geoippolicy, id: p, identifiers: {name: only-here}}
  - {model: authentik_policies.policybinding, identifiers: {target: !KeyOf b, policy: !KeyOf p, order: 0}}
  - {model: authentik_policies.policybinding, identifiers: {target: !KeyOf f, policy: !KeyOf p, order: 0}, attrs: {failure_result: true}}
  - {model: authentik_providers_saml.samlprovider, identifiers: {name: app}}
`,
      'b.yaml': `
version: 1
entries:
  - {model: authentik_flows.flow, identifiers: {slug: geo}, attrs: {title: B}}
`,
    });
    reportPolicies(catalog, report);
    const all = [...messages, ...report.notices.map((n) => n.message)];
    const said = (part: string) =>
      assert.ok(
        all.some((m) => m.includes(part)),
        `${part}\n${all.join('\n')}`,
      );
    said(
      '"only-here" (authentik_policies_geoip.geoippolicy) cannot run here: its binding answers failure_result (false), so stage geo-deny (order 5) in flow geo is skipped',
    );
    said('failure_result (true), so flow geo applies');
    said(
      'authentik_providers_saml.samlprovider {"name":"app"}: model not supported by the reference server (loaded, but nothing on this server uses it)',
    );
    said(
      'b.yaml: authentik_flows.flow {"slug":"geo"}: also defined in a.yaml; merged, this file\'s attributes win',
    );
    assert.ok(
      !all.some((m) => m.includes('geoippolicy {')),
      'policies are reported once, with their effect',
    );
  });

  test('metaapplyblueprint applies the named blueprint first; a missing optional one is ignored', () => {
    const { catalog, report } = load({
      'a.yaml': `
version: 1
metadata: {name: First}
entries:
  - model: authentik_blueprints.metaapplyblueprint
    attrs: {identifiers: {name: Second}, required: true}
  - model: authentik_blueprints.metaapplyblueprint
    attrs: {identifiers: {name: Absent}, required: false}
  - model: authentik_stages_identification.identificationstage
    identifiers: {name: i}
    attrs: {recovery_flow: !Find [authentik_flows.flow, [slug, later]]}
`,
      'z.yaml': `
version: 1
metadata: {name: Second}
entries:
  - {model: authentik_flows.flow, identifiers: {slug: later}, attrs: {designation: recovery}}
`,
    });
    const ident = catalog.registry.find('authentik_stages_identification.identificationstage', [
      ['name', 'i'],
    ]);
    assert.equal(ident?.attrs.recovery_flow, catalog.flowBySlug('later')?.pk);
    const absent = report.notices.find((n) => n.message.includes('Absent'));
    assert.equal(absent?.level, 'info');
  });

  test("Python's % formatting", () => {
    assert.equal(pythonFormat('%s-%d%%', ['a', 4.7]), 'a-4%');
    assert.equal(pythonFormat('Redirecting to %(app)s', { app: 'Wiki' }), 'Redirecting to Wiki');
  });

  test('the demo blueprints load without any notice', () => {
    const report = new Report();
    const registry = new Registry();
    const demo = new URL('../../../server/blueprints/demo', import.meta.url).pathname;
    applyBlueprints(readBlueprintDir(demo, report), registry, { report });
    assert.deepEqual(report.notices, []);
    const slugs = new Catalog(registry).flows().map((f) => f.slug);
    for (const slug of [
      'demo-login',
      'demo-enrollment',
      'demo-recovery',
      'demo-password-change',
      'demo-consent',
    ]) {
      assert.ok(slugs.includes(slug), slug);
    }
  });
});

const shared = existsSync(SHARED_BLUEPRINTS);
if (!shared)
  console.log(`# notice: ${SHARED_BLUEPRINTS} is absent, shared blueprint tests skipped`);

describe(
  'authentik blueprints from ../shared/fixtures',
  { skip: shared ? false : 'no ../shared' },
  () => {
    const app = shared ? createFlowServer({ demo: false }) : undefined;

    test('every shared blueprint loads; what cannot run is reported', () => {
      const files = readdirSync(SHARED_BLUEPRINTS).filter((f) => f.endsWith('.yaml'));
      const messages = app!.report.notices.map((n) => n.message);
      assert.ok(!messages.some((m) => /not loaded/.test(m)), messages.join('\n'));
      assert.ok(
        messages.some((m) => /\d+ expression policies .* run as Python/.test(m)),
        'expression policies reported as running in Python',
      );
      assert.ok(
        messages.some((m) => m.includes('authenticatortotpstage')),
        'TOTP stage reported',
      );
      assert.equal(app!.flows.length, files.length);
    });

    test('default-authentication-flow: login, with configure_flow found by !Find', async () => {
      const client = new Client(app);
      let c = await client.get('default-authentication-flow');
      assert.equal(c.component, 'ak-stage-identification');
      assert.deepEqual(c.user_fields, ['email', 'username']);
      c = (
        await client.post('default-authentication-flow', {
          component: 'ak-stage-identification',
          uid_field: DEMO.username,
        })
      ).body;
      assert.equal(c.component, 'ak-stage-password');
      c = (
        await client.post('default-authentication-flow', {
          component: 'ak-stage-password',
          password: DEMO.password,
        })
      ).body;
      assert.deepEqual(c, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
      const password = app!.state.catalog.registry.find('authentik_stages_password.passwordstage', [
        ['name', 'default-authentication-password'],
      ]);
      assert.equal(
        password?.attrs.configure_flow,
        app!.state.catalog.flowBySlug('default-password-change')?.pk,
      );
    });

    test('default-invalidation-flow logs out', async () => {
      const client = new Client(app);
      await login(client, DEMO, 'default-authentication-flow');
      assert.deepEqual(await getFollow(client, 'default-invalidation-flow'), {
        component: 'xak-flow-redirect',
        to: '/',
        final_redirect: true,
      });
      assert.equal(
        (await client.get('default-password-change')).component,
        'ak-stage-access-denied',
      );
    });

    test('default-enrollment-flow (2 stages) creates a user', async () => {
      const client = new Client(app);
      const username = uniqueName('two');
      assert.equal((await client.get('default-enrollment-flow')).component, 'ak-stage-prompt');
      let c = (
        await client.post('default-enrollment-flow', {
          component: 'ak-stage-prompt',
          username,
          password: STRONG_PASSWORD,
          password_repeat: STRONG_PASSWORD,
        })
      ).body;
      assert.deepEqual(
        (c.fields as { field_key: string }[]).map((f) => f.field_key),
        ['name', 'email'],
      );
      c = (
        await client.post('default-enrollment-flow', {
          component: 'ak-stage-prompt',
          name: 'Two',
          email: 'two@example.com',
        })
      ).body;
      assert.deepEqual(c, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
      assert.equal(app!.state.users.byUsername(username)?.email, 'two@example.com');
    });

    test('default-password-change runs its password policy', async () => {
      const client = new Client(app);
      const username = uniqueName('pc');
      await app!.state.users.create({ username, password: STRONG_PASSWORD });
      await login(client, { username, password: STRONG_PASSWORD }, 'default-authentication-flow');
      await client.get('default-password-change');
      const weak = await client.post('default-password-change', {
        component: 'ak-stage-prompt',
        password: 'abc',
        password_repeat: 'abc',
      });
      assert.deepEqual(weak.body.response_errors, {
        non_field_errors: [
          { string: 'Password needs to be 8 characters or longer.', code: 'invalid' },
        ],
      });
      const next = 'Saffron-Glacier-Piano-64';
      const ok = await client.post('default-password-change', {
        component: 'ak-stage-prompt',
        password: next,
        password_repeat: next,
      });
      assert.deepEqual(ok.body, { component: 'xak-flow-redirect', to: '/', final_redirect: true });
      assert.ok(await app!.state.users.authenticate(username, next));
    });

    test('implicit consent: an empty flow redirects logged-in users, denies anonymous ones', async () => {
      const anonymous = await new Client(app).get(
        'default-provider-authorization-implicit-consent',
      );
      assert.equal(anonymous.component, 'ak-stage-access-denied');
      const client = new Client(app);
      client.query = 'next=/application/o/authorize/';
      await login(client, DEMO, 'default-authentication-flow');
      const done = await client.get('default-provider-authorization-implicit-consent');
      assert.deepEqual(done, {
        component: 'xak-flow-redirect',
        to: '/application/o/authorize/',
        final_redirect: true,
      });
    });

    test('the TOTP setup blueprint runs: a logged-in user gets the TOTP setup challenge', async () => {
      const client = new Client(app);
      await login(client, DEMO, 'default-authentication-flow');
      const setup = await client.get('default-authenticator-totp-setup');
      assert.equal(setup.component, 'ak-stage-authenticator-totp');
      assert.match(String(setup.config_url), /^otpauth:\/\/totp\//);
    });
  },
);
