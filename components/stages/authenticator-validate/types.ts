// Wire types of the authenticator validation stage, as AuthenticatorValidationChallenge /
// AuthenticatorValidationChallengeResponseRequest (+ DeviceChallenge, SelectableStage) in
// @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';

export type DeviceClass = 'static' | 'totp' | 'webauthn' | 'duo' | 'sms' | 'email';

export interface DeviceChallenge {
  device_class: DeviceClass;
  device_uid: string;
  /** WebAuthn: PublicKeyCredentialRequestOptionsJSON; the code classes: `{}`. */
  challenge: Record<string, unknown>;
  last_used: string | null;
}

export interface SelectableStage {
  pk: string;
  name: string;
  verbose_name: string;
  meta_model_name: string;
}

export interface AuthenticatorValidationChallenge extends ChallengeBase {
  component: 'ak-stage-authenticator-validate';
  pending_user: string;
  pending_user_avatar: string;
  device_challenges: DeviceChallenge[];
  configuration_stages: SelectableStage[];
}

export interface AuthenticatorValidationResponse {
  component: 'ak-stage-authenticator-validate';
  selected_challenge?: DeviceChallenge;
  selected_stage?: string;
  code?: string;
  webauthn?: Record<string, unknown>;
  duo?: number;
  [field: string]: unknown;
}
