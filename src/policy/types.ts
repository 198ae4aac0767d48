// Wire and result types of the password-policy evaluator. Field names follow the `PasswordPolicy`
// component of authentik's schema.yml (snake_case, as served by `policies_password_retrieve`).

/** authentik's `PasswordPolicy` as returned by the API; every rule field may be missing. */
export interface PasswordPolicy {
  pk?: string;
  name?: string;
  execution_logging?: boolean;
  component?: string;
  verbose_name?: string;
  verbose_name_plural?: string;
  meta_model_name?: string;
  bound_to?: number;
  password_field?: string;
  amount_digits?: number;
  amount_uppercase?: number;
  amount_lowercase?: number;
  amount_symbols?: number;
  length_min?: number;
  symbol_charset?: string;
  error_message?: string;
  check_static_rules?: boolean;
  check_have_i_been_pwned?: boolean;
  check_zxcvbn?: boolean;
  hibp_allowed_count?: number;
  zxcvbn_score_threshold?: number;
}

/** The rule fields with authentik's model defaults applied. */
export type ResolvedPasswordPolicy = Required<
  Pick<
    PasswordPolicy,
    | 'password_field'
    | 'amount_digits'
    | 'amount_uppercase'
    | 'amount_lowercase'
    | 'amount_symbols'
    | 'length_min'
    | 'symbol_charset'
    | 'error_message'
    | 'check_static_rules'
    | 'check_have_i_been_pwned'
    | 'check_zxcvbn'
    | 'hibp_allowed_count'
    | 'zxcvbn_score_threshold'
  >
>;

export type StaticRuleId =
  'length_min' | 'amount_digits' | 'amount_lowercase' | 'amount_uppercase' | 'amount_symbols';

export type RuleId = StaticRuleId | 'hibp' | 'zxcvbn';

/** What failed first, as the server sees it; `missing` is the empty/absent password. */
export type FailedId = RuleId | 'missing';

/** Why a check could not give a verdict. */
export type UnknownReason = 'skipped' | 'empty' | 'unreachable' | 'unavailable';

export interface HibpDetail {
  /** Set when `met` is 'unknown'. */
  reason?: UnknownReason;
  /** The network or HTTP error, for logs. */
  error?: string;
}

export interface ZxcvbnDetail {
  /** Set when `met` is 'unknown'. */
  reason?: UnknownReason;
  error?: string;
  /** 0–4. */
  score?: number;
  /** zxcvbn-ts's English words (as the checklist's messages give them). */
  warning?: string;
  suggestions?: string[];
  /** The same as zxcvbn-ts keys, to word them in the user's language. */
  warningKey?: string;
  suggestionKeys?: string[];
}

/**
 * One line of the checklist.
 * - static rules: `required` is the minimum count, `actual` the count in the password;
 * - `hibp`: `required` is `hibp_allowed_count` (the maximum), `actual` the breach count;
 * - `zxcvbn`: `required` is the lowest passing score (`zxcvbn_score_threshold + 1`), `actual` the score.
 */
export interface RuleState {
  id: RuleId;
  required: number;
  actual?: number;
  met: boolean | 'unknown';
  detail?: HibpDetail | ZxcvbnDetail;
}

export interface PolicyResult {
  /** What authentik would answer (see `evaluatePasswordPolicy` for the 'unknown' caveat). */
  passing: boolean;
  messages: string[];
  failed?: FailedId;
  /** Every active rule, in server order, all evaluated (even after the first failure). */
  rules: RuleState[];
}

export interface EvaluateOptions {
  fetch?: typeof fetch;
  /** Range API base; the request is `${hibpRangeUrl}/range/${prefix5}`. */
  hibpRangeUrl?: string;
  /** Username, name, email, brand title: words zxcvbn should treat as guessable. */
  userInputs?: string[];
  signal?: AbortSignal;
  /** Turn the network/lazy checks off (e.g. on every keystroke); they then report 'unknown'. */
  checks?: { hibp?: boolean; zxcvbn?: boolean };
}
