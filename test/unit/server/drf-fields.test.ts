// DRF's CharField as the server's stages read it (server/flow/stages/shared.ts charField): own keys
// only (a field may be named like an Object property), strings and numbers only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charField, drfBoolean } from '../../../server/flow/stages/shared.js';

test('a field named like an Object property is read from the answer only', () => {
  assert.deepEqual(charField({}, 'constructor', true), {
    error: { constructor: [{ string: 'This field is required.', code: 'required' }] },
  });
  assert.deepEqual(charField({}, 'toString', false), {});
  const body = JSON.parse('{"__proto__": "x"}') as Record<string, unknown>;
  assert.deepEqual(charField(body, '__proto__', true), { value: 'x' });
});

test('a string or a number; a boolean, list or object is "Not a valid string."', () => {
  assert.deepEqual(charField({ a: 12 }, 'a', true), { value: '12' });
  for (const v of [true, [], {}]) {
    assert.deepEqual(charField({ a: v }, 'a', true), {
      error: { a: [{ string: 'Not a valid string.', code: 'invalid' }] },
    });
  }
});

test("drfBoolean takes DRF's spellings only", () => {
  assert.deepEqual(['on', 'T', 1, 'yes'].map(drfBoolean), [true, true, true, true]);
  assert.deepEqual(['off', 'f', 0, 'NO'].map(drfBoolean), [false, false, false, false]);
  assert.deepEqual(['maybe', null, 2].map(drfBoolean), [undefined, undefined, undefined]);
});
