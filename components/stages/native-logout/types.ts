// Wire types of the SAML native logout stage (NativeLogoutChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface NativeLogoutChallenge extends ChallengeBase {
  component: 'ak-provider-saml-native-logout';
  provider_name?: string;
  /** Every service provider is done: the stage answers and the flow continues. */
  is_complete?: boolean;
  post_url?: string;
  redirect_url?: string;
  saml_binding?: 'redirect' | 'post';
  saml_request?: string;
  saml_response?: string;
  saml_relay_state?: string;
}

export interface NativeLogoutResponse {
  component: 'ak-provider-saml-native-logout';
  [field: string]: unknown;
}
