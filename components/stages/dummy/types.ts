// Wire types of the dummy stage, as DummyChallenge / DummyChallengeResponseRequest in
// @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface DummyChallenge extends ChallengeBase {
  component: 'ak-stage-dummy';
  name: string;
}

export interface DummyResponse {
  component: 'ak-stage-dummy';
  [field: string]: unknown;
}
