// What the MFA stage views share: their plan-context keys, the setup stages' names, how the user
// proved who they are, and small helpers. Duo is not supported (reported at start-up by reportMfa).
import { SMS_STAGE_MODEL } from '../../../blueprints/models.js';
import type { Report } from '../../../report.js';
import type { ResponseErrors } from '../../challenge.js';
import type { StageContext } from '../../context.js';

/** Plan-context keys (authentik keeps these in the session). */
export const MFA_CTX = {
  deviceChallenges: 'mfa_device_challenges',
  stages: 'mfa_configuration_stages',
  selected: 'mfa_selected_challenge',
  webauthnChallenge: 'mfa_webauthn_challenge',
  setup: 'mfa_setup',
  passkey: 'mfa_passkey_challenge',
} as const;

/** Setup stages the server runs, and how the validation stage's stage picker names them. */
export const SETUP_MODELS: Record<string, string> = {
  'authentik_stages_authenticator_totp.authenticatortotpstage': 'TOTP Authenticator Setup Stage',
  'authentik_stages_authenticator_static.authenticatorstaticstage':
    'Static Authenticator Setup Stage',
  'authentik_stages_authenticator_webauthn.authenticatorwebauthnstage':
    'WebAuthn Authenticator Setup Stage',
  'authentik_stages_authenticator_email.authenticatoremailstage': 'Email Authenticator Setup Stage',
  [SMS_STAGE_MODEL]: 'SMS Authenticator Setup Stage',
  'authentik_stages_authenticator_duo.authenticatorduostage': 'Duo Authenticator Setup Stage',
};

export function reportMfa(report: Report): void {
  report.info(
    'MFA: authentik_stages_authenticator_validate, authentik_stages_authenticator_totp.authenticatortotpstage, ' +
      '_static.authenticatorstaticstage, _webauthn.authenticatorwebauthnstage, _email.authenticatoremailstage and ' +
      '_sms.authenticatorsmsstage run here (devices are kept with the users; emailed and texted codes go to /dev/outbox)',
  );
  report.warn(
    'MFA: Duo (authentik_stages_authenticator_duo) is not supported by the reference server: a flow reaching it ' +
      'answers ak-stage-flow-error, and no Duo device is ever offered',
  );
}

export interface DeviceChallenge {
  device_class: string;
  device_uid: string;
  challenge: Record<string, unknown>;
  last_used: string | null;
}

export const rpId = (ctx: StageContext) => ctx.req.url.hostname;
export const field = (message: string, code = 'invalid'): ResponseErrors[string] => [
  { string: message, code },
];
export const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export function saveUser(ctx: StageContext): void {
  ctx.state.users.save();
}

/** How the user proved who they are, in the plan context (authentik's PLAN_CONTEXT_METHOD). */
export const AUTH_METHOD = 'auth_method';
export const PASSKEY_METHOD = 'auth_webauthn_pwl';
