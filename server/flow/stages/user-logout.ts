// authentik's UserLogoutStageView: the session forgets its user.
import { action } from './shared.js';

export const userLogout = action(async (ctx) => {
  delete ctx.session.userPk;
  delete ctx.session.expiresAt;
  return ctx.stageOk();
});
