// The CLI (server/main.ts) on a real port: start-up lines, and a login over real HTTP and cookies.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, test } from 'node:test';

let child: ChildProcess;
let output = '';
let base = '';

before(async () => {
  child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      '0',
      '--instances-403',
      '--cors-origin',
      'http://localhost:8000',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const url = /reference flow server on (http:\/\/\S+)/.exec(output)?.[1];
      if (url && output.includes('demo account')) {
        clearTimeout(timer);
        resolve(url);
      }
    });
  });
});

after(() => {
  child.kill();
});

test('prints the demo page, every flow page, the outbox and the demo credentials', () => {
  assert.match(output, new RegExp(`demo page\\s+${base}/\\n`));
  assert.match(output, new RegExp(`${base}/if/flow/demo-login/`));
  assert.match(output, new RegExp(`${base}/dev/outbox`));
  assert.match(output, /demo account\s+demo \/ Demo-Flow-2026/);
});

test('a login over real HTTP, with cookies and fetch following the 302s', async () => {
  const jar = new Map<string, string>();
  const call = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    if (jar.has('authentik_csrf')) headers.set('X-authentik-CSRF', jar.get('authentik_csrf')!);
    const response = await fetch(base + path, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    if (response.status === 302) return call(response.headers.get('Location')!);
    return response;
  };
  const url = '/api/v3/flows/executor/demo-login/?query=';
  const post = (body: object) =>
    call(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  assert.equal(
    ((await (await call(url)).json()) as { component: string }).component,
    'ak-stage-identification',
  );
  await post({ component: 'ak-stage-identification', uid_field: 'demo' });
  await post({ component: 'ak-stage-password', password: 'Demo-Flow-2026' });
  const done = await post({ component: 'ak-stage-user-login', remember_me: false });
  assert.deepEqual(await done.json(), {
    component: 'xak-flow-redirect',
    to: '/',
    final_redirect: true,
  });
  assert.equal(
    (await call('/api/v3/flows/instances/demo-login/')).status,
    200,
    'logged in: no 403',
  );
  assert.equal(
    (await fetch(`${base}/api/v3/flows/instances/demo-login/`)).status,
    403,
    'anonymous: 403',
  );
});
