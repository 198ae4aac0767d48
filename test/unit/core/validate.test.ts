import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { challengeProblem } from '../../../src/api/validate.js';
// @ts-expect-error: a plain ES module script without types
import { generate } from '../../../scripts/gen-challenge-shapes.mjs';

const dir = 'test/fixtures/challenges';
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, unknown>);

test('the shape table is generated from the current schema.yml', () => {
  assert.equal(
    readFileSync('src/api/challenge-shapes.ts', 'utf8'),
    generate(),
    'stale: run node scripts/gen-challenge-shapes.mjs',
  );
});

test('every fixture challenge passes', () => {
  assert.ok(fixtures.length >= 15);
  for (const challenge of fixtures) {
    assert.equal(challengeProblem(challenge), null, String(challenge.component));
  }
});

test('extra fields and unknown components pass', () => {
  const password = fixtures.find((c) => c.component === 'ak-stage-password')!;
  assert.equal(challengeProblem({ ...password, added_in_a_later_version: [1] }), null);
  assert.equal(challengeProblem({ component: 'ak-stage-from-the-future', x: 1 }), null);
});

test('a missing required field, a wrong type or a bad null is named', () => {
  const password = fixtures.find((c) => c.component === 'ak-stage-password')!;
  const prompt = fixtures.find((c) => c.component === 'ak-stage-prompt')!;
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ ...password, pending_user: undefined }, /^pending_user is missing$/],
    [{ ...password, pending_user: 42 }, /^pending_user should be a string, not number$/],
    [{ ...password, allow_show_password: 'yes' }, /allow_show_password should be a boolean/],
    [{ ...password, pending_user: null }, /pending_user should not be null/],
    [
      { ...password, flow_info: { title: 7, cancel_url: '/', layout: 'stacked' } },
      /flow_info\.title/,
    ],
    [{ ...password, flow_info: 'x' }, /flow_info should be a object/],
    [
      { ...password, response_errors: { password: 'wrong' } },
      /response_errors\.password should be a list/,
    ],
    [{ ...password, response_errors: { password: [{ string: 1, code: 'x' }] } }, /\[0\]\.string/],
    [{ ...prompt, fields: {} }, /^fields should be a list/],
    [{ ...prompt, fields: [{ field_key: 'x' }] }, /^fields\[0\]\.label is missing$/],
    [{ component: 7 }, /component is missing/],
  ];
  for (const [challenge, expected] of cases) {
    assert.match(challengeProblem(challenge) ?? 'passed', expected);
  }
});

test('keys named like Object.prototype members are plain data', () => {
  const prompt = fixtures.find((c) => c.component === 'ak-stage-prompt')!;
  assert.equal(
    challengeProblem({ ...prompt, response_errors: { constructor: [{ string: 'x', code: 'y' }] } }),
    null,
  );
  assert.equal(challengeProblem({ component: 'constructor' }), null);
  assert.equal(challengeProblem({ component: '__proto__' }), null);
});
