// authentik's AuthenticatorStaticStageView: single-use recovery codes, kept once shown.
import { newStaticDevice, type StaticDevice } from '../../../model/devices.js';
import type { StageContext, StageView } from '../../context.js';
import { finishSetup, friendlyName, setupState } from './setup.js';
import { _ } from '../../../i18n/index.js';

export const authenticatorStatic: StageView = {
  async get(ctx) {
    if (!ctx.pendingStoredUser) return ctx.stageInvalid(_('No pending user.'));
    return ctx.challenge(staticChallenge(ctx), true);
  },
  async post(ctx) {
    const user = ctx.pendingStoredUser;
    if (!user) return ctx.stageInvalid(_('No pending user.'));
    const { device } = setupState<StaticDevice>(ctx, () => newStaticDevice(''));
    return finishSetup(ctx, user, device);
  },
};

function staticChallenge(ctx: StageContext) {
  const a = ctx.stage.a;
  const { device } = setupState<StaticDevice>(ctx, () =>
    newStaticDevice(
      friendlyName(ctx, 'Static Token'),
      Math.max(1, a.num('token_count', 6)),
      Math.max(4, a.num('token_length', 12)),
    ),
  );
  return { component: 'ak-stage-authenticator-static', codes: [...device.tokens] };
}
