// Wire types of this stage, as in @goauthentik/api's schema.yml (test/unit checks the fixtures).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface FrameChallenge extends ChallengeBase {
  component: 'xak-flow-frame';
  url: string;
  loading_overlay?: boolean;
  loading_text: string;
}

/** The frame stage's answer (FrameChallengeResponseRequest); the frame decides the other keys. */
export interface FrameResponse {
  component: 'xak-flow-frame';
  [field: string]: unknown;
}
