// Wire types of the TOTP setup stage (AuthenticatorTOTPChallenge / …ResponseRequest in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AuthenticatorTotpChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-totp';
  pending_user: string;
  pending_user_avatar: string;
  /** `otpauth://totp/<issuer>:<user>?secret=…` */
  config_url: string;
}

export interface AuthenticatorTotpResponse {
  component: 'ak-stage-authenticator-totp';
  code: string;
  [field: string]: unknown;
}
