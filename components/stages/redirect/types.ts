// Wire types of this stage, as in @goauthentik/api's schema.yml (test/unit checks the fixtures).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface RedirectChallenge extends ChallengeBase {
  component: 'xak-flow-redirect';
  to: string;
  final_redirect?: boolean;
}
