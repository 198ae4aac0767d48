// Wire types of this stage, as in @goauthentik/api's schema.yml (test/unit checks the fixtures).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AccessDeniedChallenge extends ChallengeBase {
  component: 'ak-stage-access-denied';
  pending_user: string;
  pending_user_avatar: string;
  error_message?: string;
}
