// authentik's PasswordStageView: checks the pending user's password, cancelling after
// `failed_attempts_before_cancel` wrong tries.
import { errors, type ResponseErrors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { CTX, setPasswordMethod, toPending } from '../plan.js';
import { INBUILT_BACKEND, charField } from './shared.js';
import { _ } from '../../i18n/index.js';

function passwordChallenge(ctx: StageContext) {
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-password',
    allow_show_password: ctx.stage.a.bool('allow_show_password', false),
  };
  const recovery = ctx.state.catalog.flowByDesignation('recovery');
  if (recovery) challenge.recovery_url = ctx.origin + `/if/flow/${recovery.slug}/`;
  return challenge as { component: string };
}

export const password: StageView = {
  async get(ctx) {
    return ctx.challenge(passwordChallenge(ctx), true);
  },
  async post(ctx, body) {
    const invalid = async (errs: ResponseErrors) => {
      ctx.session.invalidPasswordTries = (ctx.session.invalidPasswordTries ?? 0) + 1;
      if (ctx.session.invalidPasswordTries > ctx.stage.a.num('failed_attempts_before_cancel', 5)) {
        delete ctx.session.invalidPasswordTries;
        return ctx.stageInvalid();
      }
      return ctx.challengeInvalid(passwordChallenge(ctx), errs, true);
    };
    const field = charField(body, 'password', true);
    if (field.error) return invalid(field.error);
    const pending = ctx.pendingUser;
    if (!pending) return ctx.stageInvalid();
    const user = await ctx.state.users.authenticate(pending.username, field.value!);
    if (!user) {
      ctx.state.reputation.failed(pending.username, ctx.policyInfo.http?.client_ip);
      return invalid(errors('password', _('Invalid password')));
    }
    delete ctx.session.invalidPasswordTries;
    ctx.plan.context[CTX.pendingUser] = toPending(user);
    ctx.plan.context[CTX.backend] = INBUILT_BACKEND;
    setPasswordMethod(ctx.plan.context);
    return ctx.stageOk();
  },
};
