// Server-side rendering (Next.js, Nuxt, SvelteKit server builds) imports the package in Node: the
// built entries must load there without throwing and without a faked window or document. A fresh
// Node process, so nothing of the test runner's own globals counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { ensureBuilt } from './harness.js';

ensureBuilt();

/** Runs in plain Node, importing the package by its name (package.json `exports`). */
const PROBE = `
const before = new Set(Object.getOwnPropertyNames(globalThis));
const main = await import('@ak-widget/flow');
const react = await import('@ak-widget/flow/react');
const policy = await import('@ak-widget/flow/policy');
const testing = await import('@ak-widget/flow/testing');
const stages = await Promise.allSettled(Object.values(main.STAGES).map((load) => load()));
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const html = renderToString(createElement(react.AkFlowExecutor, { slug: 'demo-login', onRedirect() {} }));
console.log(JSON.stringify({
  added: Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)),
  dom: [typeof window, typeof document, typeof HTMLElement],
  exports: [typeof main.AkFlowExecutor, typeof react.AkFlowExecutor, typeof policy.evaluatePasswordPolicy, typeof testing.signIn],
  stages: stages.length,
  failed: stages.filter((s) => s.status === 'rejected').map((s) => String(s.reason)),
  html,
}));
`;

test('the package, ./react, ./policy and ./testing import in plain Node: nothing thrown, no window or document', () => {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], {
    encoding: 'utf8',
  });
  const result = JSON.parse(out.trim().split('\n').at(-1)!);
  assert.deepEqual(result.dom, ['undefined', 'undefined', 'undefined'], 'no DOM faked');
  assert.deepEqual(result.exports, ['function', 'object', 'function', 'function']);
  // Lit's own server build registers its element registry (@lit-labs/ssr-dom-shim) and version
  // markers; nothing else, and no window, document or HTMLElement.
  const lit = [
    'customElements',
    'litElementVersions',
    'litHtmlVersions',
    'litPropertyMetadata',
    'litServerRoot',
    'reactiveElementVersions',
  ];
  assert.deepEqual(
    result.added.filter((name: string) => !lit.includes(name)),
    [],
    'globals the import added',
  );
  // Every lazily loaded stage module loads there too (a server bundle may follow the imports).
  assert.ok(result.stages >= 20, `${result.stages} stage modules`);
  assert.deepEqual(result.failed, []);
  // React's server renderer renders the wrapper to the bare element, filled in on the client.
  assert.match(result.html, /^<ak-flow-executor[^>]*><\/ak-flow-executor>$/);
});
