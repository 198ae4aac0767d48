// Wire types of the WebAuthn setup stage (AuthenticatorWebAuthnChallenge in schema.yml).
import type { ChallengeBase } from '../../../src/challenges.js';

export interface AuthenticatorWebAuthnChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-webauthn';
  pending_user: string;
  pending_user_avatar: string;
  /** PublicKeyCredentialCreationOptionsJSON */
  registration: Record<string, unknown>;
}

export interface AuthenticatorWebAuthnResponse {
  component: 'ak-stage-authenticator-webauthn';
  /** RegistrationResponseJSON */
  response: Record<string, unknown>;
  [field: string]: unknown;
}
