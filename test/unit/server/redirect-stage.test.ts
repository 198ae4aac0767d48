// authentik's redirect stage: a static URL ends the flow (the final redirect), a hand-over to
// another flow does not (`final_redirect` false, so the widget does not report the flow done).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Client, server } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ak-redirect-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'redirect.yaml'),
  `
version: 1
entries:
  - {model: authentik_flows.flow, id: next, identifiers: {slug: r-next}, attrs: {title: Next, designation: authentication}}
  - {model: authentik_flows.flow, id: hop, identifiers: {slug: r-hop}, attrs: {title: Hop, designation: authentication}}
  - {model: authentik_stages_redirect.redirectstage, id: tf, identifiers: {name: r-to-flow}, attrs: {mode: flow, target_flow: !KeyOf next}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf hop, stage: !KeyOf tf, order: 0}}
  - {model: authentik_flows.flow, id: out, identifiers: {slug: r-out}, attrs: {title: Out, designation: authentication}}
  - {model: authentik_stages_redirect.redirectstage, id: st, identifiers: {name: r-static}, attrs: {mode: static, target_static: "https://example.com/after"}}
  - {model: authentik_flows.flowstagebinding, identifiers: {target: !KeyOf out, stage: !KeyOf st, order: 0}}
`,
);
const app = server({ blueprints: [dir] });

test('a hand-over to another flow is not the final redirect', async () => {
  const body = await new Client(app).get('r-hop');
  assert.equal(body.component, 'xak-flow-redirect', JSON.stringify(body));
  assert.match(String(body.to), /\/if\/flow\/r-next\/$/);
  assert.equal(body.final_redirect, false);
});

test('a static URL ends the flow: the final redirect', async () => {
  const body = await new Client(app).get('r-out');
  assert.deepEqual(body, {
    component: 'xak-flow-redirect',
    to: 'https://example.com/after',
    final_redirect: true,
  });
});
