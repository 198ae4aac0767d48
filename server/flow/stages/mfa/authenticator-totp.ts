// authentik's AuthenticatorTOTPStageView: an otpauth:// URL (QR code), confirmed with a code.
import {
  newTotpDevice,
  totpConfigUrl,
  verifyTotp,
  type TotpDevice,
} from '../../../model/devices.js';
import type { User } from '../../../model/users.js';
import { errors } from '../../challenge.js';
import type { StageContext, StageView } from '../../context.js';
import { codeOf, finishSetup, friendlyName, setupState } from './setup.js';
import { _ } from '../../../i18n/index.js';

export const authenticatorTotp: StageView = {
  async get(ctx) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    return ctx.challenge(totpChallenge(ctx, user), true);
  },
  async post(ctx, body) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const challenge = totpChallenge(ctx, user);
    const { code, error } = codeOf(body);
    if (error) return ctx.challengeInvalid(challenge, error, true);
    const { device } = setupState<TotpDevice>(ctx, () => newTotpDevice(''));
    if (!verifyTotp(device, code!)) {
      return ctx.challengeInvalid(challenge, errors('code', _('Code does not match')), true);
    }
    return finishSetup(ctx, user, device);
  },
};

function totpChallenge(ctx: StageContext, user: User) {
  const digits = ctx.stage.a.num('digits', 6) === 8 ? 8 : 6;
  const { device } = setupState<TotpDevice>(ctx, () =>
    newTotpDevice(friendlyName(ctx, 'TOTP Device'), digits),
  );
  return {
    component: 'ak-stage-authenticator-totp',
    config_url: totpConfigUrl(device, user.username, ctx.state.brandTitle),
  };
}
