// Static rules: Python's counting (code points, ASCII classes, charset sums) and the checklist.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_SYMBOL_CHARSET,
  codePointLength,
  countSymbols,
  evaluatePasswordPolicy,
  resolvePolicy,
  staticRules,
} from '../../../src/policy/index.js';
import type { RuleState } from '../../../src/policy/index.js';

const byId = (rules: RuleState[]) => Object.fromEntries(rules.map((r) => [r.id, r]));

describe('model defaults', () => {
  test('missing fields take authentik defaults', () => {
    assert.deepEqual(resolvePolicy({}), {
      password_field: 'password',
      amount_digits: 0,
      amount_uppercase: 0,
      amount_lowercase: 0,
      amount_symbols: 0,
      length_min: 0,
      symbol_charset: DEFAULT_SYMBOL_CHARSET,
      error_message: '',
      check_static_rules: true,
      check_have_i_been_pwned: false,
      check_zxcvbn: false,
      hibp_allowed_count: 0,
      zxcvbn_score_threshold: 2,
    });
  });

  test('fields of the wrong type take the defaults: no crash, no rule from this side', async () => {
    const hostile = {
      symbol_charset: 123,
      amount_symbols: 1,
      length_min: '8',
      amount_digits: NaN,
      amount_uppercase: Infinity,
      check_static_rules: 'yes',
      error_message: ['x'],
      check_zxcvbn: 1,
    } as unknown as Parameters<typeof resolvePolicy>[0];
    const p = resolvePolicy(hostile);
    assert.equal(p.symbol_charset, DEFAULT_SYMBOL_CHARSET);
    assert.equal(p.amount_symbols, 1);
    assert.equal(p.length_min, 0);
    assert.equal(p.amount_digits, 0);
    assert.equal(p.amount_uppercase, 0);
    assert.equal(p.check_static_rules, true);
    assert.equal(p.error_message, '');
    assert.equal(p.check_zxcvbn, false);
    assert.deepEqual(
      staticRules(hostile, 'a!').map((r) => [r.id, r.met]),
      [['amount_symbols', true]],
    );
    const r = await evaluatePasswordPolicy(hostile, 'a');
    assert.equal(r.passing, false);
    for (const nothing of [null, 'policy', 7]) {
      assert.deepEqual(resolvePolicy(nothing as never), resolvePolicy({}));
    }
  });

  test('the default charset has 34 entries, two of them backslashes', () => {
    assert.equal(Array.from(DEFAULT_SYMBOL_CHARSET).length, 34);
    assert.equal(DEFAULT_SYMBOL_CHARSET.split('\\').length - 1, 2);
    assert.ok(DEFAULT_SYMBOL_CHARSET.endsWith('~ '));
  });

  test('a policy with no active rule passes anything non-empty and lists no rule', async () => {
    const r = await evaluatePasswordPolicy({}, 'x');
    assert.deepEqual(r, { passing: true, messages: [], rules: [] });
  });
});

describe('counting', () => {
  test('length is in code points: an emoji counts once', () => {
    assert.equal('😀'.length, 2);
    assert.equal(codePointLength('😀😀a'), 3);
    const [len] = staticRules({ length_min: 4 }, '😀😀😀');
    assert.deepEqual(len, { id: 'length_min', required: 4, actual: 3, met: false });
  });

  test('emoji length decides the verdict, not UTF-16 units', async () => {
    const policy = { length_min: 3, error_message: 'short' };
    assert.equal((await evaluatePasswordPolicy(policy, '😀😀')).passing, false);
    assert.equal((await evaluatePasswordPolicy(policy, '😀😀😀')).passing, true);
  });

  test('one backslash counts as two symbols with the default charset', () => {
    assert.equal(countSymbols('\\', DEFAULT_SYMBOL_CHARSET), 2);
    assert.equal(countSymbols('a\\!', DEFAULT_SYMBOL_CHARSET), 3);
    assert.equal(staticRules({ amount_symbols: 2 }, 'ab\\')[0]?.met, true);
  });

  test('a character listed twice in the charset counts twice', () => {
    assert.equal(countSymbols('a#', '##'), 2);
    assert.equal(countSymbols('##', '#@'), 2);
    assert.equal(countSymbols('😀', '😀😀'), 2);
  });

  test('letter and digit classes are ASCII only', () => {
    const rules = byId(
      staticRules({ amount_digits: 1, amount_lowercase: 1, amount_uppercase: 1 }, 'éßÄ１２３'),
    );
    assert.equal(rules.amount_digits?.actual, 0);
    assert.equal(rules.amount_lowercase?.actual, 0);
    assert.equal(rules.amount_uppercase?.actual, 0);
  });

  test('uppercase is compared with amount_uppercase (goauthentik/authentik#16197)', () => {
    const rules = byId(staticRules({ amount_uppercase: 1, amount_lowercase: 3 }, 'Aabc'));
    assert.equal(rules.amount_uppercase?.met, true);
    assert.equal(rules.amount_lowercase?.met, true);
    assert.equal(byId(staticRules({ amount_uppercase: 2 }, 'Aabc')).amount_uppercase?.met, false);
  });
});

describe('checklist and server answer', () => {
  const policy = {
    length_min: 8,
    amount_digits: 1,
    amount_lowercase: 1,
    amount_uppercase: 1,
    amount_symbols: 1,
    error_message: 'nope',
  };

  test('every static rule is evaluated even after the first failure', async () => {
    const r = await evaluatePasswordPolicy(policy, 'abc');
    assert.deepEqual(r.rules, [
      { id: 'length_min', required: 8, actual: 3, met: false },
      { id: 'amount_digits', required: 1, actual: 0, met: false },
      { id: 'amount_lowercase', required: 1, actual: 3, met: true },
      { id: 'amount_uppercase', required: 1, actual: 0, met: false },
      { id: 'amount_symbols', required: 1, actual: 0, met: false },
    ]);
    assert.deepEqual(r.messages, ['nope']);
    assert.equal(r.failed, 'length_min');
  });

  test('the first failing rule in server order is reported', async () => {
    const r = await evaluatePasswordPolicy(policy, 'abcdefgh1');
    assert.equal(r.failed, 'amount_uppercase');
  });

  test('rules with 0 are not active', () => {
    assert.deepEqual(
      staticRules({ length_min: 0, amount_symbols: 2 }, 'x').map((r) => r.id),
      ['amount_symbols'],
    );
  });

  test('an empty error_message gives one empty message', async () => {
    const r = await evaluatePasswordPolicy({ length_min: 5, error_message: '' }, 'abc');
    assert.deepEqual(r.messages, ['']);
    assert.equal(r.passing, false);
    assert.equal(r.failed, 'length_min');
  });

  test('a missing or empty password is "Password not set in context", with the checklist', async () => {
    for (const pw of ['', null, undefined]) {
      const r = await evaluatePasswordPolicy(policy, pw);
      assert.deepEqual(r.messages, ['Password not set in context']);
      assert.equal(r.failed, 'missing');
      assert.equal(r.rules.length, 5);
    }
  });

  test('static rules off: no static rule listed and none applied', async () => {
    const r = await evaluatePasswordPolicy({ check_static_rules: false, length_min: 99 }, 'a');
    assert.deepEqual(r, { passing: true, messages: [], rules: [] });
  });
});
