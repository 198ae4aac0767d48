// Wire types of the user-login stage, as UserLoginChallenge / UserLoginChallengeResponseRequest
// in @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface UserLoginChallenge extends ChallengeBase {
  component: 'ak-stage-user-login';
  pending_user: string;
  pending_user_avatar: string;
}

export interface UserLoginResponse {
  component: 'ak-stage-user-login';
  remember_me: boolean;
  [field: string]: unknown;
}
