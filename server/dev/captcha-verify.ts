// The development captcha provider's verification (Turnstile's siteverify answer shape): tokens
// made by server/dev/captcha.js pass when they start `dev-pass.`, and are refused with
// `invalid-input-response` when they start `dev-reject.` (tests ask for one with
// `devCaptcha.rejectNext()`). The secret must be DEV_CAPTCHA_SECRET.

export const DEV_CAPTCHA_SECRET = 'dev-captcha-secret';
export const DEV_CAPTCHA_SITE_KEY = 'dev-site-key';
/** Where the reference server serves the development provider. */
export const DEV_CAPTCHA_JS = '/dev/captcha/api.js';
export const DEV_CAPTCHA_VERIFY = '/dev/captcha/siteverify';

export interface SiteverifyAnswer {
  success: boolean;
  'error-codes'?: string[];
  score?: number;
  challenge_ts?: string;
  hostname?: string;
}

const used = new Set<string>();

export function devSiteverify(
  secret: string,
  token: string,
  hostname = 'localhost',
): SiteverifyAnswer {
  if (secret !== DEV_CAPTCHA_SECRET)
    return { success: false, 'error-codes': ['invalid-input-secret'] };
  if (!token) return { success: false, 'error-codes': ['missing-input-response'] };
  if (!token.startsWith('dev-pass.')) {
    return { success: false, 'error-codes': ['invalid-input-response'] };
  }
  if (used.has(token)) return { success: false, 'error-codes': ['timeout-or-duplicate'] };
  used.add(token);
  return { success: true, challenge_ts: new Date().toISOString(), hostname, score: 0.9 };
}
