// Code delivery for the side-channel devices (django-otp's SideChannelDevice): a one-time code by
// email or SMS, both to the dev outbox.
import type { StageDef } from '../../../blueprints/models.js';
import { DEFAULT_TOKEN_EXPIRY_SECONDS, tokenExpirySeconds } from '../../../expiry.js';
import { generateToken, type EmailDevice, type SmsDevice } from '../../../model/devices.js';
import type { StageContext } from '../../context.js';
import { saveUser } from './shared.js';

export async function sendEmailCode(ctx: StageContext, device: EmailDevice, stage?: StageDef) {
  const a = stage?.a;
  const seconds = tokenExpirySeconds(a?.attrs.token_expiry) || DEFAULT_TOKEN_EXPIRY_SECONDS;
  const code = generateToken(device, seconds);
  saveUser(ctx);
  ctx.state.outbox.add({
    to: device.email,
    subject: a?.str('subject', 'authentik Sign-in code') ?? 'authentik Sign-in code',
    body: `Your sign-in code is ${code}.\n\nIt expires in ${Math.round(seconds / 60)} minutes.\n`,
    stage: stage?.name ?? ctx.stage.name,
  });
}

/** SideChannelDevice.generate_token's default validity. */
const SMS_TOKEN_SECONDS = 5 * 60;

/** AuthenticatorSMSStage.send, with the dev outbox as the provider. */
export function sendSmsCode(ctx: StageContext, device: SmsDevice): void {
  const code = generateToken(device, SMS_TOKEN_SECONDS);
  saveUser(ctx);
  ctx.state.outbox.add({
    to: device.phone_number,
    subject: 'SMS',
    body: `Use this code to authenticate in authentik: ${code}\n`,
    stage: ctx.state.catalog.stage(device.stage)?.name ?? ctx.stage.name,
  });
}

/** Finds the stage an email device was set up with, for its subject and expiry. */
export function emailStageOf(ctx: StageContext): StageDef | undefined {
  const pk = ctx.state.catalog.registry
    .byModel('authentik_stages_authenticator_email.authenticatoremailstage')
    .at(0)?.pk;
  return pk ? ctx.state.catalog.stage(pk) : undefined;
}
