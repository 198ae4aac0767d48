// Wire types of the Duo setup stage (AuthenticatorDuoChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AuthenticatorDuoChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-duo';
  pending_user: string;
  pending_user_avatar: string;
  /** An image URL (often a data: URL) of the activation QR code. */
  activation_barcode: string;
  activation_code: string;
  stage_uuid: string;
}

export interface AuthenticatorDuoResponse {
  component: 'ak-stage-authenticator-duo';
  [field: string]: unknown;
}
