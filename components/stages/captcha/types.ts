// Wire types of the captcha stage (CaptchaChallenge / CaptchaChallengeResponseRequest in
// @goauthentik/api's schema.yml). The identification challenge embeds the same challenge as
// `captcha_stage`.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface CaptchaChallenge extends ChallengeBase {
  component: 'ak-stage-captcha';
  pending_user: string;
  pending_user_avatar: string;
  site_key: string;
  js_url: string;
  /** Show the provider's widget (the user solves it) instead of running it invisibly. */
  interactive: boolean;
}

export interface CaptchaResponse {
  component: 'ak-stage-captcha';
  token: string;
  [field: string]: unknown;
}

/** Options every provider's `render()` understands (Turnstile, hCaptcha and reCAPTCHA agree). */
export interface ProviderRenderOptions {
  sitekey: string;
  callback: (token: string) => void;
  'expired-callback': () => void;
  'error-callback': () => void;
  'timeout-callback'?: () => void;
  size?: string;
  appearance?: string;
  theme?: string;
  /** The widget's language: `hl` for reCAPTCHA and hCaptcha, `language` for Turnstile. */
  hl?: string;
  language?: string;
}

/** The part of a provider's global API the widget uses. */
export interface ProviderApi {
  render(container: HTMLElement, options: ProviderRenderOptions): string | number | undefined;
  reset(id?: string | number): void;
  execute?(id?: string | number): unknown;
  ready?(cb: () => void): void;
  /** reCAPTCHA Enterprise's calls, on `grecaptcha`. */
  enterprise?: ProviderApi;
}
