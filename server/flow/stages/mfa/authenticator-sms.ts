// authentik's AuthenticatorSMSStageView: the phone number first (from the prompt stage's `phone`
// when there is one), a code texted to it (dev outbox), then the code; one SMS device per user.
import {
  confirmedDevices,
  hashPhoneNumber,
  newSmsDevice,
  useToken,
  type SmsDevice,
} from '../../../model/devices.js';
import { NON_FIELD, errors, type ResponseErrors } from '../../challenge.js';
import type { StageContext, StageView } from '../../context.js';
import { CTX } from '../../plan.js';
import { sendSmsCode } from './code-delivery.js';
import { codeOf, finishSetup, friendlyName, setupState } from './setup.js';
import { isObject } from './shared.js';
import { _ } from '../../../i18n/index.js';

const smsState = (ctx: StageContext) =>
  setupState<SmsDevice>(ctx, () => newSmsDevice(friendlyName(ctx, 'SMS Device'), ctx.stage.pk));

/** A number is used once per stage, by anyone (also as a `verify_only` hash). */
function numberTaken(ctx: StageContext, phoneNumber: string): boolean {
  const hashed = hashPhoneNumber(phoneNumber);
  return ctx.state.users
    .all()
    .some((u) =>
      confirmedDevices(u).some(
        (d) =>
          d.type === 'sms' &&
          d.stage === ctx.stage.pk &&
          (d.phone_number === phoneNumber || d.phone_number === hashed),
      ),
    );
}

/** A `phone` a prompt stage earlier in the flow collected. */
function promptPhone(ctx: StageContext): string | undefined {
  const prompt = ctx.plan.context[CTX.prompt];
  const phone = isObject(prompt) && typeof prompt.phone === 'string' ? prompt.phone.trim() : '';
  return phone || undefined;
}

export const authenticatorSms: StageView = {
  async get(ctx) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    // authentik keeps one SMS device per user: a user who has one skips the stage.
    if (confirmedDevices(user).some((d) => d.type === 'sms')) return ctx.stageOk();
    const { device } = smsState(ctx);
    const phone = promptPhone(ctx);
    if (!device.phone_number && phone && !numberTaken(ctx, phone)) {
      device.phone_number = phone;
      sendSmsCode(ctx, device);
    }
    return ctx.challenge(smsChallenge(device), true);
  },
  async post(ctx, body) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const { device } = smsState(ctx);
    const invalid = (error: ResponseErrors) =>
      ctx.challengeInvalid(smsChallenge(device), error, true);
    if (!('code' in body) || body.code === undefined) {
      if (body.phone_number === undefined || body.phone_number === null) {
        return invalid(errors('phone_number', _('This field is required.'), 'required'));
      }
      const phone = String(body.phone_number).trim();
      if (!phone)
        return invalid(errors('phone_number', _('This field may not be blank.'), 'blank'));
      if (numberTaken(ctx, phone)) return invalid(errors(NON_FIELD, _('Invalid phone number')));
      device.phone_number = phone;
      sendSmsCode(ctx, device);
      return ctx.challenge(smsChallenge(device), true);
    }
    if (!device.phone_number) {
      return invalid(errors('phone_number', _('This field is required.'), 'required'));
    }
    const { code, error } = codeOf(body);
    if (error) return invalid(error);
    if (!/^\d+$/.test(code!)) return invalid(errors('code', _('A valid integer is required.')));
    if (!useToken(device, code!)) return invalid(errors('code', _('Code does not match')));
    if (ctx.stage.a.bool('verify_only', false)) {
      device.phone_number = hashPhoneNumber(device.phone_number);
    }
    return finishSetup(ctx, user, device);
  },
};

function smsChallenge(device: SmsDevice) {
  return { component: 'ak-stage-authenticator-sms', phone_number_required: !device.phone_number };
}
