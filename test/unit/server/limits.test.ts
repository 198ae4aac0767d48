// The reference server defends itself: body size, JSON depth, a lookup that does not grow with
// input length times users, and sessions that do not pile up. Each limit with proof that the
// server still answers the next request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BODY_BYTES } from '../../../server/http/limits.js';
import { ANONYMOUS_IDLE_MS, MAX_SESSIONS, SessionStore } from '../../../server/session.js';
import { UserStore } from '../../../server/model/users.js';
import { Client } from './helpers.js';

async function postRaw(client: Client, body: string) {
  await client.get('demo-login'); // a session and its CSRF cookie
  return client.raw(client.executorPath('demo-login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body,
    redirect: 'manual',
  });
}

test('a body over 2.5 MB is refused with 400 before it is read, and the server answers on', async () => {
  const client = new Client();
  const huge = JSON.stringify({
    component: 'ak-stage-identification',
    uid_field: 'x'.repeat(MAX_BODY_BYTES),
  });
  const response = await postRaw(client, huge);
  assert.equal(response.status, 400);
  assert.match(
    ((await response.json()) as { detail: string }).detail,
    /DATA_UPLOAD_MAX_MEMORY_SIZE/,
  );
  const next = await client.get('demo-login');
  assert.equal(next.component, 'ak-stage-identification');
});

test('JSON nested deeper than any answer needs is refused with 400', async () => {
  const client = new Client();
  const deep =
    '{"component":"ak-stage-identification","uid_field":' +
    '['.repeat(5000) +
    ']'.repeat(5000) +
    '}';
  const response = await postRaw(client, deep);
  assert.equal(response.status, 400);
  assert.match(((await response.json()) as { detail: string }).detail, /nested too deeply/);
  assert.equal((await client.get('demo-login')).component, 'ak-stage-identification');
});

test('a long identifier is lowercased once, not once per user', () => {
  const users = new UserStore();
  const list = users.all() as unknown as { username: string; email: string; attributes: object }[];
  for (let i = 0; i < 500; i++)
    list.push({ username: `user${i}`, email: `u${i}@example.com`, attributes: {} } as never);
  const uid = 'A'.repeat(1_000_000);
  const original = String.prototype.toLowerCase;
  let longCalls = 0;
  String.prototype.toLowerCase = function (this: string) {
    if (this.length >= uid.length) longCalls++;
    return original.call(this);
  };
  try {
    assert.equal(users.lookup(uid, ['username', 'email'], true), undefined);
  } finally {
    String.prototype.toLowerCase = original;
  }
  assert.equal(longCalls, 1);
});

test('anonymous sessions expire when idle; a logged-in one stays', () => {
  let now = 1_000_000;
  const store = new SessionStore(() => now);
  const loggedIn = store.create();
  loggedIn.userPk = 1;
  for (let i = 0; i < 100; i++) store.create();
  const kept = store.create();
  now += ANONYMOUS_IDLE_MS / 2;
  assert.equal(store.get(kept.id), kept, 'used within the idle time: kept and touched');
  now += ANONYMOUS_IDLE_MS / 2 + 1;
  store.create(); // creating sweeps
  assert.equal(store.size, 3, 'the logged-in, the touched and the new session');
  assert.equal(store.get(loggedIn.id), loggedIn);
  now += ANONYMOUS_IDLE_MS + 1;
  assert.equal(store.get(kept.id), undefined, 'idle too long');
});

test('the store holds at most MAX_SESSIONS: the least recently used anonymous ones go first', () => {
  const store = new SessionStore(() => 0);
  const loggedIn = store.create();
  loggedIn.userPk = 7;
  const first = store.create();
  for (let i = 0; i < MAX_SESSIONS + 50; i++) store.create();
  assert.equal(store.size, MAX_SESSIONS);
  assert.equal(store.get(loggedIn.id), loggedIn);
  assert.equal(store.get(first.id), undefined);
});
