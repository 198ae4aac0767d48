// authentik's AuthenticatorEmailStageView: the user's address (or one they enter), a code sent
// to it, then the code.
import { isEmailAddress, maskEmail } from '../../../model/email.js';
import { newEmailDevice, useToken, type EmailDevice } from '../../../model/devices.js';
import { errors } from '../../challenge.js';
import type { StageView } from '../../context.js';
import { sendEmailCode } from './code-delivery.js';
import { codeOf, finishSetup, friendlyName, setupState } from './setup.js';
import { _ } from '../../../i18n/index.js';

export const authenticatorEmail: StageView = {
  async get(ctx) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const state = setupState<EmailDevice>(ctx, () =>
      newEmailDevice(friendlyName(ctx, 'Email Device'), ''),
    );
    if (!state.device.email && user.email && isEmailAddress(user.email)) {
      state.device.email = user.email;
      await sendEmailCode(ctx, state.device, ctx.stage);
    }
    return ctx.challenge(emailChallenge(state.device), true);
  },
  async post(ctx, body) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const state = setupState<EmailDevice>(ctx, () =>
      newEmailDevice(friendlyName(ctx, 'Email Device'), ''),
    );
    const device = state.device;
    if (typeof body.email === 'string' && body.email.trim() && !('code' in body)) {
      const email = body.email.trim();
      if (!isEmailAddress(email)) {
        return ctx.challengeInvalid(
          emailChallenge(device),
          errors('email', _('Enter a valid email address.')),
          true,
        );
      }
      device.email = email;
      await sendEmailCode(ctx, device, ctx.stage);
      return ctx.challenge(emailChallenge(device), true);
    }
    if (!device.email) {
      return ctx.challengeInvalid(
        emailChallenge(device),
        errors('email', _('This field is required.'), 'required'),
        true,
      );
    }
    const { code, error } = codeOf(body);
    if (error) return ctx.challengeInvalid(emailChallenge(device), error, true);
    if (!useToken(device, code!)) {
      return ctx.challengeInvalid(
        emailChallenge(device),
        errors('code', _('Code does not match')),
        true,
      );
    }
    return finishSetup(ctx, user, device);
  },
};

function emailChallenge(device: EmailDevice) {
  return {
    component: 'ak-stage-authenticator-email',
    email: device.email ? maskEmail(device.email) : null,
    email_required: !device.email,
  };
}
