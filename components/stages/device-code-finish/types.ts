// Wire types of the OAuth device-code finish stage (OAuthDeviceCodeFinishChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface OAuthDeviceCodeFinishChallenge extends ChallengeBase {
  component: 'ak-provider-oauth2-device-code-finish';
}
