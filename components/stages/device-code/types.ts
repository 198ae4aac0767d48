// Wire types of the OAuth device-code entry stage (OAuthDeviceCodeChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface OAuthDeviceCodeChallenge extends ChallengeBase {
  component: 'ak-provider-oauth2-device-code';
}

export interface OAuthDeviceCodeResponse {
  component: 'ak-provider-oauth2-device-code';
  code: string;
  [field: string]: unknown;
}
