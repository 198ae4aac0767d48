// Wire types of this stage, as in @goauthentik/api's schema.yml (test/unit checks the fixtures).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface FlowErrorChallenge extends ChallengeBase {
  component: 'ak-stage-flow-error';
  request_id: string;
  error?: string;
  traceback?: string;
}
