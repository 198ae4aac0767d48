// Wire types of the front-channel logout stage (IframeLogoutChallenge, LogoutURL in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface LogoutURL {
  url: string;
  provider_name?: string | null;
  /** `redirect` or `post` (SAML); absent for OIDC front-channel logout. */
  binding?: string | null;
  saml_request?: string | null;
  saml_response?: string | null;
  saml_relay_state?: string | null;
}

export interface IframeLogoutChallenge extends ChallengeBase {
  component: 'ak-provider-iframe-logout';
  logout_urls?: LogoutURL[];
}

export interface IframeLogoutResponse {
  component: 'ak-provider-iframe-logout';
  [field: string]: unknown;
}
