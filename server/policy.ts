// The server's password-policy adapter: builds authentik's PasswordPolicy object from a blueprint
// entry and evaluates it with the same code as the widget (src/policy), HIBP answered locally.
import { Attrs } from './blueprints/models.js';
import type { ModelObject } from './blueprints/registry.js';
import type { PwnedRanges } from './pwned.js';
// The widget's own evaluator and model defaults (src/policy), so client and server always agree.
import {
  MESSAGE_TOO_WEAK,
  PASSWORD_POLICY_DEFAULTS as D,
  evaluatePasswordPolicy,
  type PasswordPolicy,
} from '../src/policy/index.js';
import { _ } from './i18n/index.js';

/** The PasswordPolicy object of `GET /api/v3/policies/password/{uuid}/` (schema: PasswordPolicy). */
export function passwordPolicyJson(object: ModelObject, boundTo = 0): Required<PasswordPolicy> {
  const a = new Attrs(object.attrs);
  return {
    pk: object.pk,
    name: a.str('name'),
    execution_logging: a.bool('execution_logging', false),
    component: 'ak-policy-password-form',
    verbose_name: 'Password Policy',
    verbose_name_plural: 'Password Policies',
    meta_model_name: 'authentik_policies_password.passwordpolicy',
    bound_to: boundTo,
    password_field: a.str('password_field', D.password_field),
    amount_digits: a.num('amount_digits', D.amount_digits),
    amount_uppercase: a.num('amount_uppercase', D.amount_uppercase),
    amount_lowercase: a.num('amount_lowercase', D.amount_lowercase),
    amount_symbols: a.num('amount_symbols', D.amount_symbols),
    length_min: a.num('length_min', D.length_min),
    symbol_charset: a.str('symbol_charset', D.symbol_charset),
    error_message: a.str('error_message', D.error_message),
    check_static_rules: a.bool('check_static_rules', D.check_static_rules),
    check_have_i_been_pwned: a.bool('check_have_i_been_pwned', D.check_have_i_been_pwned),
    check_zxcvbn: a.bool('check_zxcvbn', D.check_zxcvbn),
    hibp_allowed_count: a.num('hibp_allowed_count', D.hibp_allowed_count),
    zxcvbn_score_threshold: a.num('zxcvbn_score_threshold', D.zxcvbn_score_threshold),
  };
}

export interface PolicyVerdict {
  passing: boolean;
  messages: string[];
}

/**
 * authentik's PasswordPolicy.passes: the password is `prompt_data[password_field]`, else
 * `context[password_field]`; `userInputs` feed zxcvbn (username, name, email, brand title).
 */
export async function checkPasswordPolicy(
  policy: PasswordPolicy,
  context: Record<string, unknown>,
  pwned: PwnedRanges,
  userInputs: string[],
): Promise<PolicyVerdict> {
  const field = policy.password_field ?? D.password_field;
  const promptData = (context.prompt_data ?? {}) as Record<string, unknown>;
  const raw = field in promptData ? promptData[field] : context[field];
  const password = typeof raw === 'string' ? raw : '';
  // HIBP from the shipped list: answered in-process, nothing leaves the machine.
  const localFetch = async (url: string | URL | Request) => {
    const prefix = String(url instanceof Request ? url.url : url).split('/range/')[1] ?? '';
    return new Response(pwned.range(prefix.slice(0, 5)));
  };
  const result = await evaluatePasswordPolicy(policy, password, {
    fetch: localFetch as typeof fetch,
    hibpRangeUrl: 'http://pwned.local',
    userInputs: userInputs.filter(Boolean),
  });
  // The messages the policy writes itself in the request's language; the admin's error_message
  // (a static rule failed) stays as written.
  const rest = result.messages.slice(1);
  const hibp = result.rules.find((r) => r.id === 'hibp');
  const messages =
    result.failed === 'hibp'
      ? [_('Password exists on {count} online lists.', { count: hibp?.actual ?? 0 })]
      : result.failed === 'zxcvbn'
        ? [_(MESSAGE_TOO_WEAK), ...rest]
        : result.messages;
  return { passing: result.passing, messages };
}
