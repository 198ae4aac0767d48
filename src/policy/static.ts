// authentik's static rules (`PasswordPolicy.passes_static`), counted the way Python counts.
import type { PasswordPolicy, ResolvedPasswordPolicy, RuleState, StaticRuleId } from './types.js';

/** authentik's default charset, from a Python raw string: it holds TWO backslashes. */
export const DEFAULT_SYMBOL_CHARSET = '!\\"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ';

/** The model defaults of authentik/policies/password/models.py, for every rule field. */
export const PASSWORD_POLICY_DEFAULTS: Readonly<ResolvedPasswordPolicy> = Object.freeze({
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

/**
 * Applies the model defaults (PASSWORD_POLICY_DEFAULTS) to missing (or null) fields, and to fields
 * of the wrong type (`symbol_charset: 123`, `length_min: "8"`, a count that is no finite number):
 * such a policy is not what authentik sends, so it gets no rule from this side and the server,
 * which judges the password anyway, has the last word.
 */
export function resolvePolicy(policy: PasswordPolicy): ResolvedPasswordPolicy {
  const resolved: Record<string, unknown> = { ...PASSWORD_POLICY_DEFAULTS };
  const given = (policy && typeof policy === 'object' ? policy : {}) as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(PASSWORD_POLICY_DEFAULTS)) {
    const value = given[key];
    if (typeof value !== typeof fallback) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    resolved[key] = value;
  }
  return resolved as unknown as ResolvedPasswordPolicy;
}

/** Python `len`: Unicode code points, not UTF-16 units. */
export function codePointLength(s: string): number {
  return Array.from(s).length;
}

const countMatches = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/** `sum(password.count(c) for c in charset)`: per code point, a repeated charset entry counts again. */
export function countSymbols(password: string, charset: string): number {
  const counts = new Map<string, number>();
  for (const c of password) counts.set(c, (counts.get(c) ?? 0) + 1);
  let total = 0;
  for (const c of charset) total += counts.get(c) ?? 0;
  return total;
}

/**
 * Every active static rule (length when > 0, each amount when > 0), in the server's order, each
 * evaluated on its own so the checklist can tick them independently. Empty when static rules are off.
 */
export function staticRules(policy: PasswordPolicy, password: string): RuleState[] {
  const p = resolvePolicy(policy);
  if (!p.check_static_rules) return [];
  const rules: [StaticRuleId, number, () => number][] = [
    ['length_min', p.length_min, () => codePointLength(password)],
    ['amount_digits', p.amount_digits, () => countMatches(password, /[0-9]/g)],
    ['amount_lowercase', p.amount_lowercase, () => countMatches(password, /[a-z]/g)],
    // Compared with amount_uppercase since goauthentik/authentik#16197 (it used amount_lowercase).
    ['amount_uppercase', p.amount_uppercase, () => countMatches(password, /[A-Z]/g)],
    ['amount_symbols', p.amount_symbols, () => countSymbols(password, p.symbol_charset)],
  ];
  return rules
    .filter(([, required]) => required > 0)
    .map(([id, required, count]) => {
      const actual = count();
      return { id, required, actual, met: actual >= required };
    });
}

/**
 * Apple's `special` class (apple/password-manager-resources): a password manager that honours
 * `required: special` puts at least one of these in.
 */
export const PASSWORD_RULES_SPECIAL = '-~!@#$%^&*_+=`|(){}[:;"\'<>,.? ]';

/**
 * The policy's static rules in the `passwordrules` syntax password managers read (Apple's, also
 * honoured by 1Password and others): `minlength: 12; required: lower; required: upper;
 * required: digit; required: special;`. Symbols are `special` when every one of Apple's specials
 * counts for `symbol_charset` (authentik's default does), else a custom class of the charset's
 * printable ASCII (`-` first, `]` last, as the syntax wants). The syntax has no counts: an amount
 * above 1 is asked as one, so a generated password may still miss it. Empty when static rules are
 * off or none is set.
 */
export function passwordRules(policy: PasswordPolicy): string {
  const p = resolvePolicy(policy);
  if (!p.check_static_rules) return '';
  const rules: string[] = [];
  if (p.length_min > 0) rules.push(`minlength: ${p.length_min}`);
  if (p.amount_lowercase > 0) rules.push('required: lower');
  if (p.amount_uppercase > 0) rules.push('required: upper');
  if (p.amount_digits > 0) rules.push('required: digit');
  if (p.amount_symbols > 0) {
    const charset = p.symbol_charset;
    const chars = [...new Set(charset)].filter((c) => c > ' ' && c <= '~');
    if ([...PASSWORD_RULES_SPECIAL].every((c) => charset.includes(c))) {
      rules.push('required: special');
    } else if (chars.length) {
      const has = (c: string) => (chars.includes(c) ? c : '');
      const middle = chars.filter((c) => c !== '-' && c !== ']').join('');
      rules.push(`required: [${has('-')}${middle}${has(']')}]`);
    }
  }
  return rules.map((rule) => `${rule};`).join(' ');
}
