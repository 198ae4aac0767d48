// Wire types of the email stage, as EmailChallenge / EmailChallengeResponseRequest in
// @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export interface EmailChallenge extends ChallengeBase {
  component: 'ak-stage-email';
}

/** No fields: posting it asks the server to send the email again. */
export interface EmailResponse {
  component: 'ak-stage-email';
  [field: string]: unknown;
}
