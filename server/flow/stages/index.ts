// The stage views by stage kind (blueprints/models.ts maps authentik's stage models to kinds).
import type { StageKind } from '../../blueprints/models.js';
import type { StageView } from '../context.js';
import { captcha } from './captcha.js';
import { consent } from './consent.js';
import { deny } from './deny.js';
import { oauthDeviceCode, oauthDeviceCodeFinish } from './device-code.js';
import { dummy } from './dummy.js';
import { email, emailTokenConsent } from './email.js';
import { iframeLogout } from './frontchannel-logout.js';
import { identification } from './identification.js';
import { invitationStage } from './invitation.js';
import { authenticatorEmail } from './mfa/authenticator-email.js';
import { authenticatorSms } from './mfa/authenticator-sms.js';
import { authenticatorStatic } from './mfa/authenticator-static.js';
import { authenticatorTotp } from './mfa/authenticator-totp.js';
import { authenticatorValidate } from './mfa/authenticator-validate.js';
import { authenticatorWebauthn } from './mfa/authenticator-webauthn.js';
import { password } from './password.js';
import { prompt } from './prompt.js';
import { redirect } from './redirect.js';
import { userLogin } from './user-login.js';
import { userDelete } from './user-delete.js';
import { userLogout } from './user-logout.js';
import { userWrite } from './user-write.js';

export { reportMfa } from './mfa/shared.js';

export const STAGE_VIEWS: Record<StageKind, StageView> = {
  identification,
  password,
  prompt,
  user_write: userWrite,
  user_login: userLogin,
  user_logout: userLogout,
  deny,
  redirect,
  dummy,
  authenticator_validate: authenticatorValidate,
  authenticator_totp: authenticatorTotp,
  authenticator_static: authenticatorStatic,
  authenticator_webauthn: authenticatorWebauthn,
  authenticator_email: authenticatorEmail,
  authenticator_sms: authenticatorSms,
  consent,
  email,
  email_token_consent: emailTokenConsent,
  captcha,
  oauth_device_code: oauthDeviceCode,
  oauth_device_code_finish: oauthDeviceCodeFinish,
  iframe_logout: iframeLogout,
  invitation: invitationStage,
  user_delete: userDelete,
};
