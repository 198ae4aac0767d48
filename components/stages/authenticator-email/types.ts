// Wire types of the email authenticator setup stage (AuthenticatorEmailChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AuthenticatorEmailChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-email';
  pending_user: string;
  pending_user_avatar: string;
  /** The (masked) address the code went to, once there is one. */
  email?: string | null;
  email_required?: boolean;
}

export interface AuthenticatorEmailResponse {
  component: 'ak-stage-authenticator-email';
  email?: string;
  code?: string;
  [field: string]: unknown;
}
