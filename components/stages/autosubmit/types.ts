// Wire types of this stage, as in @goauthentik/api's schema.yml (test/unit checks the fixtures).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AutosubmitChallenge extends ChallengeBase {
  component: 'ak-stage-autosubmit';
  url: string;
  attrs: Record<string, string>;
  title?: string;
}
