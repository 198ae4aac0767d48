// The user write stage's attribute paths, as authentik's write_attribute/set_path_in_dict.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newUserKind, writeAttribute } from '../../../server/flow/stages/user-write.js';
import { Client, enroll } from './helpers.js';

test('attributes.settings.locale is written nested, keeping what is there', () => {
  const attributes: Record<string, unknown> = { settings: { theme: 'dark' }, other: 1 };
  writeAttribute(attributes, 'attributes.settings.locale', 'de');
  assert.deepEqual(attributes, { settings: { theme: 'dark', locale: 'de' }, other: 1 });
});

test('underscores are dots, as in authentik (attributes_settings_locale)', () => {
  const attributes: Record<string, unknown> = {};
  writeAttribute(attributes, 'attributes_settings_locale', 'fr');
  assert.deepEqual(attributes, { settings: { locale: 'fr' } });
});

test('a path through a non-object replaces it; nothing reaches Object.prototype', () => {
  const attributes: Record<string, unknown> = { a: 'text' };
  writeAttribute(attributes, 'attributes.a.b', 1);
  assert.deepEqual(attributes, { a: { b: 1 } });
  writeAttribute(attributes, 'attributes.constructor.prototype.polluted', 1);
  assert.deepEqual(attributes, { a: { b: 1 } });
  // Underscores are dots: `__proto__` becomes empty names and "proto", plain keys.
  writeAttribute(attributes, 'attributes.__proto__.polluted', 1);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(attributes), Object.prototype);
});

test("a new user's type and path as authentik's ensure_user sets them", () => {
  const stage = (attrs: Record<string, string>) => ({
    str: (key: string, fallback = '') => attrs[key] ?? fallback,
  });
  assert.deepEqual(newUserKind({}, stage({})), { type: 'external', path: 'users' });
  assert.deepEqual(
    newUserKind({}, stage({ user_type: 'internal', user_path_template: 'staff/eu' })),
    { type: 'internal', path: 'staff/eu' },
  );
  // The plan's user_path/user_type win; an unknown type falls back to the stage's.
  assert.deepEqual(
    newUserKind({ user_path: 'partners', user_type: 'nonsense' }, stage({ user_type: 'internal' })),
    { type: 'internal', path: 'partners' },
  );
  assert.deepEqual(newUserKind({ user_type: 'internal_service_account' }, stage({})), {
    type: 'service_account',
    path: 'users',
  });
});

test('an enrolled user is stored with its type and path', async () => {
  const client = new Client();
  const { username } = await enroll(client);
  const user = client.app.state.users.byUsername(username)!;
  assert.equal(user.type, 'external');
  assert.equal(user.path, 'users');
});
