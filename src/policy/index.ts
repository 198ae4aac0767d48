// authentik's PasswordPolicy, evaluated on the client for live feedback and reusable on the server.
// Framework-free: only fetch, crypto.subtle and TextEncoder, which Node 20 and browsers both have.
import { hibpCount } from './hibp.js';
import { resolvePolicy, staticRules } from './static.js';
import type {
  EvaluateOptions,
  PasswordPolicy,
  PolicyResult,
  ResolvedPasswordPolicy,
  RuleState,
} from './types.js';
import { zxcvbnScore } from './zxcvbn.js';

export type * from './types.js';
export { DEFAULT_HIBP_RANGE_URL, hibpCount, parseHibpRange, sha1Hex } from './hibp.js';
export type { HibpOptions } from './hibp.js';
export {
  DEFAULT_SYMBOL_CHARSET,
  PASSWORD_POLICY_DEFAULTS,
  PASSWORD_RULES_SPECIAL,
  codePointLength,
  passwordRules,
  countSymbols,
  resolvePolicy,
  staticRules,
} from './static.js';
export { ZXCVBN_MAX_LENGTH, isZxcvbnLoaded, loadZxcvbn, zxcvbnScore } from './zxcvbn.js';
export type { ZxcvbnScore, ZxcvbnTranslations } from './zxcvbn.js';
export { zxcvbnPackLocale, zxcvbnTranslations } from './zxcvbn-feedback.js';

/** authentik's messages, verbatim: the server returns these (in its own locale) on failure. */
export const MESSAGE_NOT_SET = 'Password not set in context';
export const MESSAGE_TOO_WEAK = 'Password is too weak.';
export const hibpMessage = (count: number): string => `Password exists on ${count} online lists.`;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function hibpRule(
  p: ResolvedPasswordPolicy,
  password: string,
  options: EvaluateOptions,
): Promise<RuleState> {
  const rule: RuleState = { id: 'hibp', required: p.hibp_allowed_count, met: 'unknown' };
  if (!password) return { ...rule, detail: { reason: 'empty' } };
  if (options.checks?.hibp === false) return { ...rule, detail: { reason: 'skipped' } };
  try {
    const actual = await hibpCount(password, options);
    return { ...rule, actual, met: actual <= p.hibp_allowed_count };
  } catch (e) {
    if (options.signal?.aborted) throw e;
    // Unreachable API: no verdict here; the server, which checks again, is the judge.
    return { ...rule, detail: { reason: 'unreachable', error: errorText(e) } };
  }
}

async function zxcvbnRule(
  p: ResolvedPasswordPolicy,
  password: string,
  options: EvaluateOptions,
): Promise<RuleState> {
  const rule: RuleState = { id: 'zxcvbn', required: p.zxcvbn_score_threshold + 1, met: 'unknown' };
  if (!password) return { ...rule, detail: { reason: 'empty' } };
  if (options.checks?.zxcvbn === false) return { ...rule, detail: { reason: 'skipped' } };
  try {
    const { score, warning, suggestions, warningKey, suggestionKeys } = await zxcvbnScore(
      password,
      options.userInputs,
    );
    return {
      ...rule,
      actual: score,
      met: score > p.zxcvbn_score_threshold,
      detail: { score, warning, suggestions, warningKey, suggestionKeys },
    };
  } catch (e) {
    // The lazy chunk failed to load: like an unreachable HIBP, leave the verdict to the server.
    return { ...rule, detail: { reason: 'unavailable', error: errorText(e) } };
  }
}

/**
 * Evaluates `password` against `policy` as authentik's `PasswordPolicy.passes` does.
 *
 * `passing`, `messages` and `failed` follow the server: the first failing group (missing password,
 * static rules, HIBP, zxcvbn) decides. `rules` lists every active rule, each evaluated on its own,
 * for a checklist. A check that gives no verdict (HIBP unreachable, zxcvbn chunk not loadable, or
 * turned off with `options.checks`) is `met: 'unknown'` and does NOT fail `passing`: the client
 * only advises, the server re-evaluates on submit and is the judge.
 *
 * Rejects only when `options.signal` is aborted.
 */
export async function evaluatePasswordPolicy(
  policy: PasswordPolicy,
  password: string | null | undefined,
  options: EvaluateOptions = {},
): Promise<PolicyResult> {
  const p = resolvePolicy(policy);
  const pw = password ?? '';
  const rules = staticRules(p, pw);
  const [hibp, zxcvbn] = await Promise.all([
    p.check_have_i_been_pwned ? hibpRule(p, pw, options) : undefined,
    p.check_zxcvbn ? zxcvbnRule(p, pw, options) : undefined,
  ]);
  options.signal?.throwIfAborted();
  if (hibp) rules.push(hibp);
  if (zxcvbn) rules.push(zxcvbn);

  // Python `if not password`: absent or empty.
  if (!pw) return { passing: false, messages: [MESSAGE_NOT_SET], failed: 'missing', rules };
  const firstStatic = rules.find((r) => r.id !== 'hibp' && r.id !== 'zxcvbn' && r.met === false);
  // Any static failure answers with error_message alone, even an empty one.
  if (firstStatic) {
    return { passing: false, messages: [p.error_message], failed: firstStatic.id, rules };
  }
  if (hibp?.met === false) {
    return { passing: false, messages: [hibpMessage(hibp.actual ?? 0)], failed: 'hibp', rules };
  }
  if (zxcvbn?.met === false) {
    // authentik adds the suggestions; zxcvbn's warning is a str in Python, so it never appears.
    const suggestions = (zxcvbn.detail as { suggestions?: string[] }).suggestions ?? [];
    return {
      passing: false,
      messages: [MESSAGE_TOO_WEAK, ...suggestions],
      failed: 'zxcvbn',
      rules,
    };
  }
  return { passing: true, messages: [], rules };
}
