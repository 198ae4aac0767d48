// Wire types of this stage, as in @goauthentik/api's schema.yml (test/unit checks the fixtures).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface ShellChallenge extends ChallengeBase {
  component: 'xak-flow-shell';
  body: string;
}
