// Wire types of the SMS authenticator setup stage (AuthenticatorSMSChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AuthenticatorSmsChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-sms';
  pending_user: string;
  pending_user_avatar: string;
  phone_number_required?: boolean;
}

export interface AuthenticatorSmsResponse {
  component: 'ak-stage-authenticator-sms';
  phone_number?: string;
  code?: string;
  [field: string]: unknown;
}
