// Wire types of the password stage, as PasswordChallenge / PasswordChallengeResponseRequest in
// @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface PasswordChallenge extends ChallengeBase {
  component: 'ak-stage-password';
  pending_user: string;
  pending_user_avatar: string;
  recovery_url?: string;
  allow_show_password?: boolean;
}

export interface PasswordResponse {
  component: 'ak-stage-password';
  password: string;
  [field: string]: unknown;
}
