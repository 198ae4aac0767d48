// The fault hook (server/dev/faults.ts) is test-only: off by default, on with `faults: true`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFlowServer } from '../../../server/app.js';
import { SLOW_ANSWER_MS } from '../../../server/dev/faults.js';

const get = (server: ReturnType<typeof createFlowServer>, path: string, init?: RequestInit) =>
  server.fetch(new Request(`http://localhost${path}`, init));

test('off by default: no /dev/faults, no hook on the executor', async () => {
  const server = createFlowServer({ shared: false });
  assert.equal(server.faults, undefined);
  assert.equal((await get(server, '/dev/faults')).status, 404);
  assert.equal((await get(server, '/dev/faults?kind=500', { method: 'POST' })).status, 404);
  assert.equal((await get(server, '/api/v3/flows/executor/demo-login/')).status, 200);
});

test('on: a fault is set over HTTP, met by the executor, and lifted', async () => {
  const server = createFlowServer({ shared: false, faults: true });
  const bad = await get(server, '/dev/faults?kind=nope', { method: 'POST' });
  assert.equal(bad.status, 400);
  assert.equal(
    (await get(server, '/dev/faults?kind=500&method=GET', { method: 'POST' })).status,
    200,
  );
  const failed = await get(server, '/api/v3/flows/executor/demo-login/');
  assert.equal(failed.status, 500);
  assert.match(failed.headers.get('Content-Type') ?? '', /html/);
  assert.equal(server.faults!.hits, 1);
  assert.equal((await get(server, '/dev/faults', { method: 'DELETE' })).status, 200);
  assert.equal((await get(server, '/api/v3/flows/executor/demo-login/')).status, 200);
});

test('a POST-only fault leaves GETs alone; session-lost fires once', async () => {
  const server = createFlowServer({ shared: false, faults: true });
  server.faults!.set('csrf-403', 'POST');
  assert.equal((await get(server, '/api/v3/flows/executor/demo-login/')).status, 200);
  const post = await get(server, '/api/v3/flows/executor/demo-login/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  assert.equal(post.status, 403);
  server.faults!.set('session-lost');
  await get(server, '/api/v3/flows/executor/demo-login/');
  assert.equal(server.faults!.current, undefined);
});

test('slow: the same answer, SLOW_ANSWER_MS late', async () => {
  const server = createFlowServer({ shared: false, faults: true });
  const quick = await (await get(server, '/api/v3/flows/executor/demo-login/')).json();
  server.faults!.set('slow', 'GET');
  const started = performance.now();
  const res = await get(server, '/api/v3/flows/executor/demo-login/');
  assert.ok(performance.now() - started >= SLOW_ANSWER_MS - 1, 'held back');
  assert.equal(res.status, 200);
  assert.equal((await res.json()).component, quick.component);
  assert.equal(server.faults!.hits, 1);
});
