// The user write stage's attribute paths, as authentik's write_attribute/set_path_in_dict.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeAttribute } from '../../../server/flow/stages/user-write.js';

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
