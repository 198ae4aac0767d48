// authentik's UserDeleteStageView: deletes the pending user (their sessions end with them).
import { CTX } from '../plan.js';
import { action } from './shared.js';

export const userDelete = action(async (ctx) => {
  const user = ctx.pendingStoredUser;
  if (!ctx.pendingUser) return ctx.stageInvalid('No Pending User.');
  if (user) {
    ctx.state.users.delete(user);
    if (ctx.session.userPk === user.pk) delete ctx.session.userPk;
  }
  delete ctx.plan.context[CTX.pendingUser];
  return ctx.stageOk();
});
