// The frame stage's answer, as FrameChallengeResponseRequest in @goauthentik/api's schema.yml
// (the challenge is FrameChallenge in src/challenges.ts). The frame decides the other keys.
export interface FrameResponse {
  component: 'xak-flow-frame';
  [field: string]: unknown;
}
