// Wire types of the static-token setup stage (AuthenticatorStaticChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AuthenticatorStaticChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-static';
  pending_user: string;
  pending_user_avatar: string;
  codes: string[];
}

export interface AuthenticatorStaticResponse {
  component: 'ak-stage-authenticator-static';
  [field: string]: unknown;
}
