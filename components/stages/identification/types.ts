// Wire types of the identification stage, as IdentificationChallenge /
// IdentificationChallengeResponseRequest in @goauthentik/api's schema.yml.
import type { ChallengeBase } from '../../../src/challenges.js';
import type { RedirectChallenge } from '../redirect/types.js';

export type UserField = 'email' | 'username' | 'upn';

export type FlowDesignation =
  | 'authentication'
  | 'authorization'
  | 'invalidation'
  | 'enrollment'
  | 'unenrollment'
  | 'recovery'
  | 'stage_configuration';

/** A source login button; only `xak-flow-redirect` challenges can be followed from a widget. */
export interface LoginSource {
  name: string;
  icon_url?: string | null;
  promoted?: boolean;
  challenge: RedirectChallenge | (ChallengeBase & Record<string, unknown>);
}

export interface IdentificationChallenge extends ChallengeBase {
  component: 'ak-stage-identification';
  user_fields: UserField[] | null;
  pending_user_identifier?: string | null;
  password_fields: boolean;
  allow_show_password?: boolean;
  application_pre?: string;
  application_pre_launch?: string;
  flow_designation: FlowDesignation;
  captcha_stage?: (ChallengeBase & Record<string, unknown>) | null;
  enroll_url?: string;
  recovery_url?: string;
  passwordless_url?: string;
  primary_action: string;
  sources?: LoginSource[];
  show_source_labels: boolean;
  enable_remember_me?: boolean;
  passkey_challenge?: Record<string, unknown> | null;
}

export interface IdentificationResponse {
  component: 'ak-stage-identification';
  uid_field?: string | null;
  password?: string | null;
  captcha_token?: string | null;
  passkey?: Record<string, unknown> | null;
  [field: string]: unknown;
}
