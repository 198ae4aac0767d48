// Wire types of the Sign in with Apple source stage (AppleLoginChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AppleLoginChallenge extends ChallengeBase {
  component: 'ak-source-oauth-apple';
  client_id: string;
  scope: string;
  redirect_uri: string;
  state: string;
}

/** The part of Apple's `AppleID` global (appleid.auth.js) the stage uses. */
export interface AppleIdApi {
  auth: {
    init(config: {
      clientId: string;
      scope: string;
      redirectURI: string;
      state: string;
      usePopup: boolean;
    }): void;
    signIn(): Promise<unknown> | void;
  };
}
