// The flow page preloads the chunks of the stage a flow starts on (the build's stage-chunks.json),
// guessed from the flow's bindings: the first stage that shows itself, and past those a policy may
// leave out of the plan.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createFlowServer } from '../../../server/app.js';
import { firstStageComponents } from '../../../server/flow/first-stages.js';

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
`;

function dir(name: string, files: Record<string, string>): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

const blueprints = dir('blueprints', { 'guarded.yaml': BLUEPRINT });
const TABLE = {
  'ak-stage-prompt': ['chunks/prompt-1.js', 'chunks/shared-1.js', 'chunks/control-1.js'],
  'ak-stage-access-denied': ['chunks/denied-1.js', 'chunks/shared-1.js'],
  'ak-stage-consent': ['chunks/consent-1.js'],
};

function server(distDir: string) {
  return createFlowServer({ demo: true, shared: false, blueprints: [blueprints], distDir });
}

async function modulePreloads(flow: ReturnType<typeof server>, slug: string): Promise<string[]> {
  const page = await flow.fetch(new Request(`http://localhost/if/flow/${slug}/`));
  assert.equal(page.status, 200);
  const text = await page.text();
  return [...text.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
}

describe('the first stage of a flow', () => {
  const flow = server(dir('cdn', { 'stage-chunks.json': JSON.stringify(TABLE) }));
  const first = (slug: string, signedIn = false) =>
    firstStageComponents(flow.state.catalog, flow.state.catalog.flowBySlug(slug)!, signedIn);

  test('is the first binding that shows itself; one that policies may skip is followed by the next', () => {
    // The invitation stage asks nothing; the deny stage is bound with a policy, so the prompt
    // after it may come first; the consent after an unconditional prompt cannot.
    assert.deepEqual(first('guarded'), ['ak-stage-access-denied', 'ak-stage-prompt']);
    assert.deepEqual(first('demo-enrollment'), ['ak-stage-prompt']);
    assert.deepEqual(first('demo-login'), ['ak-stage-identification']);
    assert.deepEqual(first('no-stages'), []);
  });

  test("is access denied where the visitor does not meet the flow's authentication requirement", () => {
    // The TOTP setup needs a signed-in user: a visitor without one is denied, as the planner says.
    assert.deepEqual(first('demo-mfa-setup-totp'), ['ak-stage-access-denied']);
    assert.deepEqual(first('demo-mfa-setup-totp', true), ['ak-stage-authenticator-totp']);
    // A signed-in user's login flow is done at once; the enrollment asks for no one signed in.
    assert.deepEqual(first('demo-login', true), []);
    assert.deepEqual(first('demo-enrollment', true), ['ak-stage-access-denied']);
    assert.deepEqual(first('guarded', true), ['ak-stage-access-denied', 'ak-stage-prompt']);
  });

  test("the flow page preloads those stages' chunks, each once, beside the script's own", async () => {
    const always = ['/static/dist/chunks/validate.js', '/static/dist/chunks/brand.js'];
    assert.deepEqual(await modulePreloads(flow, 'guarded'), [
      ...always,
      '/static/dist/chunks/denied-1.js',
      '/static/dist/chunks/shared-1.js',
      '/static/dist/chunks/prompt-1.js',
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

  test('without a readable table the page preloads only the script’s own modules', async () => {
    const always = ['/static/dist/chunks/validate.js', '/static/dist/chunks/brand.js'];
    assert.deepEqual(await modulePreloads(server(dir('empty', {})), 'guarded'), always);
    const broken = server(dir('broken', { 'stage-chunks.json': '{"ak-stage-prompt": ' }));
    assert.deepEqual(await modulePreloads(broken, 'guarded'), always);
  });
});
