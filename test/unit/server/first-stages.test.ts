// The flow page preloads the chunks of the stage a flow starts on (the build's stage-chunks.json),
// guessed from the flow's bindings: the first stage that shows itself, and past those a policy may
// leave out of the plan.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createFlowServer } from '../../../server/app.js';
import { INSERTED_BINDING, IN_MEMORY_STAGE } from '../../../server/blueprints/models.js';
import { firstStageComponents } from '../../../server/flow/first-stages.js';
import type { Visitor } from '../../../server/flow/first-stages.js';

const root = mkdtempSync(join(tmpdir(), 'ak-first-'));
after(() => rmSync(root, { recursive: true, force: true }));

const BLUEPRINT = `
version: 1
entries:
  - {model: authentik_flows.flow, id: f, identifiers: {slug: guarded}, attrs: {title: G, designation: enrollment}}
  - {model: authentik_stages_invitation.invitationstage, id: i, identifiers: {name: g-invite}}
  - {model: authentik_stages_deny.denystage, id: d, identifiers: {name: g-deny}}
  - {model: authentik_stages_prompt.promptstage, id: p, identifiers: {name: g-prompt}}
  - {model: authentik_stages_consent.consentstage, id: c, identifiers: {name: g-consent}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf f, stage: !KeyOf i, order: 0}}
  - {model: authentik_flows.flowstagebinding, id: bd, identifiers: {target: !KeyOf f, stage: !KeyOf d, order: 10}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf f, stage: !KeyOf p, order: 20}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf f, stage: !KeyOf c, order: 30}}
  - {model: authentik_policies_expression.expressionpolicy, id: x, identifiers: {name: g-uninvited}, attrs: {expression: "return False"}}
  - {model: authentik_policies.policybinding, identifiers: {target: !KeyOf bd, policy: !KeyOf x, order: 0}}
  - {model: authentik_flows.flow, id: n, identifiers: {slug: no-stages}, attrs: {title: N, designation: invalidation}}
  - {model: authentik_flows.flow, id: v, identifiers: {slug: invited}, attrs: {title: V, designation: enrollment}}
  - {model: authentik_stages_invitation.invitationstage, id: vi, identifiers: {name: v-invite}, attrs: {continue_flow_without_invitation: false}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf v, stage: !KeyOf vi, order: 0}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf v, stage: !KeyOf p, order: 10}}
  - {model: authentik_flows.flow, id: u, identifiers: {slug: unevaluated}, attrs: {title: U, designation: enrollment}}
  - {model: authentik_flows.flowstagebinding, id: ud, identifiers: {target: !KeyOf u, stage: !KeyOf d, order: 0}, attrs: {re_evaluate_policies: false}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf u, stage: !KeyOf p, order: 10}}
  - {model: authentik_policies.policybinding, identifiers: {target: !KeyOf ud, policy: !KeyOf x, order: 0}}
`;

function dir(name: string, files: Record<string, string>): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

const blueprints = dir('blueprints', { 'guarded.yaml': BLUEPRINT });
const TABLE = {
  'ak-stage-prompt': ['chunks/prompt-1.js', 'chunks/shared-1.js'],
  'ak-password-policy-input': ['chunks/control-1.js', 'chunks/prompt-1.js', 'chunks/shared-1.js'],
  'ak-stage-access-denied': ['chunks/denied-1.js', 'chunks/shared-1.js'],
  'ak-stage-consent': ['chunks/consent-1.js'],
};

function server(distDir: string) {
  return createFlowServer({ demo: true, shared: false, blueprints: [blueprints], distDir });
}

async function modulePreloads(
  flow: ReturnType<typeof server>,
  slug: string,
  query = '',
): Promise<string[]> {
  const page = await flow.fetch(
    new Request(`http://localhost/if/flow/${slug}/${query ? `?${query}` : ''}`),
  );
  assert.equal(page.status, 200);
  const text = await page.text();
  return [...text.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
}

describe('the first stage of a flow', () => {
  const flow = server(dir('cdn', { 'stage-chunks.json': JSON.stringify(TABLE) }));
  const { catalog, users } = flow.state;
  const demo = users.byUsername(flow.demoUser.username)!;
  const first = (slug: string, visitor: Visitor = {}) =>
    firstStageComponents(catalog, catalog.flowBySlug(slug)!, visitor);

  test('is the first binding that shows itself; one that policies may skip is followed by the next', () => {
    // The invitation stage asks nothing; the deny stage is bound with a policy, so the prompt
    // after it may come first; the consent after an unconditional prompt cannot.
    assert.deepEqual(first('guarded'), ['ak-stage-access-denied', 'ak-stage-prompt']);
    assert.deepEqual(first('demo-enrollment'), ['ak-stage-prompt']);
    assert.deepEqual(first('demo-login'), ['ak-stage-identification']);
    assert.deepEqual(first('no-stages'), []);
  });

  test('an invitation stage may deny; policies never evaluated cannot skip a binding', () => {
    assert.deepEqual(first('invited'), ['ak-stage-access-denied', 'ak-stage-prompt']);
    // Neither evaluated on planning nor again before it runs: the deny stage always comes.
    assert.deepEqual(first('unevaluated'), ['ak-stage-access-denied']);
  });

  test("is access denied where the visitor does not meet the flow's authentication requirement", () => {
    // The TOTP setup needs a signed-in user: a visitor without one is denied, as the planner says.
    assert.deepEqual(first('demo-mfa-setup-totp'), ['ak-stage-access-denied']);
    assert.deepEqual(first('demo-mfa-setup-totp', { user: demo }), ['ak-stage-authenticator-totp']);
    // The enrollment wants no one signed in; a login flow open to all shows its first stage to a
    // signed-in user too (the executor ends it at once only when the planner turns them away).
    assert.deepEqual(first('demo-enrollment', { user: demo }), ['ak-stage-access-denied']);
    assert.deepEqual(first('demo-login', { user: demo }), ['ak-stage-identification']);
    assert.deepEqual(first('guarded', { user: demo }), [
      'ak-stage-access-denied',
      'ak-stage-prompt',
    ]);
  });

  test("a visitor in the middle of the flow resumes at the saved plan's next binding", () => {
    const login = catalog.flowBySlug('demo-login')!;
    const bindings = catalog.stageBindings(login.pk);
    const password = bindings.find((b) => catalog.stage(b.stage)?.kind === 'password')!;
    const plan = {
      flowPk: login.pk,
      flowSlug: login.slug,
      bindings: bindings.slice(bindings.indexOf(password)).map((b) => b.pk),
      reevaluate: bindings.slice(bindings.indexOf(password)).map(() => false),
      context: {},
    };
    assert.deepEqual(first('demo-login', { plan }), ['ak-stage-password']);
    // Another flow's plan is dropped by the executor: this flow starts from its first binding.
    assert.deepEqual(first('demo-enrollment', { plan }), ['ak-stage-prompt']);
  });

  test("the flow page preloads those stages' chunks, each once, beside the script's own", async () => {
    const always = ['/static/dist/chunks/validate.js', '/static/dist/chunks/brand.js'];
    assert.deepEqual(await modulePreloads(flow, 'guarded'), [
      ...always,
      '/static/dist/chunks/denied-1.js',
      '/static/dist/chunks/shared-1.js',
      '/static/dist/chunks/prompt-1.js',
    ]);
    // The page gives the enrollment's password policy: its prompt stage loads the policy control.
    assert.deepEqual(await modulePreloads(flow, 'demo-enrollment'), [
      ...always,
      '/static/dist/chunks/prompt-1.js',
      '/static/dist/chunks/shared-1.js',
      '/static/dist/chunks/control-1.js',
    ]);
    // A stage in the script (identification) has no chunks of its own.
    assert.deepEqual(await modulePreloads(flow, 'demo-login'), always);
    // No one is signed in on this request: the MFA setup will answer access denied.
    assert.deepEqual(await modulePreloads(flow, 'demo-mfa-setup-totp'), [
      ...always,
      '/static/dist/chunks/denied-1.js',
      '/static/dist/chunks/shared-1.js',
    ]);
  });

  test("an emailed link's page preloads the confirmation it opens on (the token's plan)", async () => {
    const recovery = catalog.flowBySlug('demo-recovery')!;
    const key = 'preload-test-token';
    flow.state.tokens.set(key, {
      key,
      plan: {
        flowPk: recovery.pk,
        flowSlug: recovery.slug,
        bindings: [INSERTED_BINDING + IN_MEMORY_STAGE + 'email_token_consent'],
        reevaluate: [false],
        context: {},
      },
      userPk: demo.pk,
      flowPk: recovery.pk,
      expires: Date.now() + 60_000,
      revokeOnExecution: false,
    });
    const always = ['/static/dist/chunks/validate.js', '/static/dist/chunks/brand.js'];
    assert.deepEqual(await modulePreloads(flow, `demo-recovery`, `flow_token=${key}`), [
      ...always,
      '/static/dist/chunks/consent-1.js',
    ]);
    // Another flow's page, or a token it does not know: the flow's own first stage.
    assert.deepEqual(await modulePreloads(flow, 'demo-login', `flow_token=${key}`), always);
    assert.deepEqual(await modulePreloads(flow, 'demo-recovery', 'flow_token=nope'), always);
  });

  test('without a readable table the page preloads only the script’s own modules', async () => {
    const always = ['/static/dist/chunks/validate.js', '/static/dist/chunks/brand.js'];
    assert.deepEqual(await modulePreloads(server(dir('empty', {})), 'guarded'), always);
    const tables = ['{"ak-stage-prompt": ', '[1]', '"x"', 'null', '{"ak-stage-prompt": "x"}'];
    for (const [i, text] of tables.entries()) {
      const broken = server(dir(`broken-${i}`, { 'stage-chunks.json': text }));
      assert.deepEqual(await modulePreloads(broken, 'guarded'), always, text);
    }
    // Only strings are file names, and they are escaped into the attribute.
    const hostile = server(
      dir('hostile', {
        'stage-chunks.json': JSON.stringify({ 'ak-stage-prompt': [1, '"><script>x()</script>'] }),
      }),
    );
    const page = await (
      await hostile.fetch(new Request('http://localhost/if/flow/guarded/'))
    ).text();
    assert.doesNotMatch(page, /<script>x\(\)/);
    assert.match(page, /href="\/static\/dist\/&#34;&#62;&#60;script&#62;x\(\)&#60;\/script&#62;"/);
  });
});
