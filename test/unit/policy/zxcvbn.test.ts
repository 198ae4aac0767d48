// zxcvbn: lazy loading, authentik's threshold and messages, the 72-code-point cut, user inputs.
// node --test runs each file in its own process, so the laziness check below sees a fresh module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePasswordPolicy, isZxcvbnLoaded, zxcvbnScore } from '../../../src/policy/index.js';

const STRONG = 'vT8#qLm2$Rx9@Kp4Wz7!Hn3&';
const zxPolicy = { check_static_rules: false, check_zxcvbn: true };

describe('zxcvbn', () => {
  // Must run first: any zxcvbn evaluation in this process loads the module for good.
  test('is not imported while check_zxcvbn is off, nor when skipped or empty', async () => {
    await evaluatePasswordPolicy({ length_min: 3, error_message: 'x' }, 'abcdef');
    await evaluatePasswordPolicy(zxPolicy, 'abcdef', { checks: { zxcvbn: false } });
    await evaluatePasswordPolicy(zxPolicy, '');
    assert.equal(isZxcvbnLoaded(), false);
    await evaluatePasswordPolicy(zxPolicy, 'abcdef');
    assert.equal(isZxcvbnLoaded(), true);
  });

  test('a common password fails with "Password is too weak." then the suggestions', async () => {
    const r = await evaluatePasswordPolicy(zxPolicy, 'password');
    assert.equal(r.passing, false);
    assert.equal(r.failed, 'zxcvbn');
    assert.equal(r.messages[0], 'Password is too weak.');
    assert.ok(r.messages.length >= 2, 'suggestions follow');
    const [rule] = r.rules;
    assert.equal(rule?.actual, 0);
    assert.equal(rule?.required, 3);
    assert.deepEqual(r.messages.slice(1), (rule?.detail as { suggestions: string[] }).suggestions);
  });

  test('a long random password passes, with no message', async () => {
    const r = await evaluatePasswordPolicy(zxPolicy, STRONG);
    assert.deepEqual({ passing: r.passing, messages: r.messages }, { passing: true, messages: [] });
    assert.equal(r.rules[0]?.actual, 4);
    assert.equal(r.rules[0]?.met, true);
  });

  test('fails when score <= threshold (4 fails even a score-4 password)', async () => {
    const r = await evaluatePasswordPolicy({ ...zxPolicy, zxcvbn_score_threshold: 4 }, STRONG);
    assert.equal(r.passing, false);
    assert.equal(r.failed, 'zxcvbn');
  });

  test('only the first 72 characters are scored', async () => {
    const core = await import('@zxcvbn-ts/core');
    const long = 'a'.repeat(72) + STRONG;
    assert.equal(core.zxcvbn(long, []).score, 4, 'the whole string would be strong');
    assert.equal((await zxcvbnScore(long)).score, 0);
    assert.equal((await evaluatePasswordPolicy(zxPolicy, long)).passing, false);
  });

  test('the cut counts code points, not UTF-16 units', async () => {
    // 36 emoji = 72 UTF-16 units: a UTF-16 cut would drop STRONG entirely.
    const r = await zxcvbnScore('😀'.repeat(36) + STRONG);
    assert.equal(r.score, 4);
  });

  test('user inputs lower the score, and do not stick to later calls', async () => {
    assert.equal((await zxcvbnScore('qwzxplorvenk')).score, 4);
    assert.equal((await zxcvbnScore('qwzxplorvenk', ['qwzxplorvenk', 'a@b.c'])).score, 0);
    const r = await evaluatePasswordPolicy(zxPolicy, 'qwzxplorvenk', {
      userInputs: ['qwzxplorvenk'],
    });
    assert.equal(r.passing, false);
    assert.equal((await zxcvbnScore('qwzxplorvenk')).score, 4);
  });

  test('empty user inputs are ignored', async () => {
    assert.equal((await zxcvbnScore(STRONG, ['', '  '])).score, 4);
  });
});
