// authentik's PasswordStageView: checks the pending user's password, cancelling when the user's
// reputation fell by `failed_attempts_before_cancel` since the stage was shown.
import { brandFlow } from '../../brand.js';
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
  // The brand's recovery flow (request.brand.flow_recovery), as absolute URL.
  const recovery = brandFlow(ctx.state, 'recovery');
  if (recovery) challenge.recovery_url = ctx.origin + `/if/flow/${recovery.slug}/`;
  return challenge as { component: string };
}

/** The pending user's reputation when the stage was first shown (PLAN_CONTEXT_INITIAL_SCORE). */
const INITIAL_SCORE = 'goauthentik.io/stages/password/initial_score';

const reputationScore = (ctx: StageContext) =>
  ctx.state.reputation.scoreOf(ctx.pendingUser?.username ?? '');

export const password: StageView = {
  async get(ctx) {
    if (!(INITIAL_SCORE in ctx.plan.context))
      ctx.plan.context[INITIAL_SCORE] = reputationScore(ctx);
    return ctx.challenge(passwordChallenge(ctx), true);
  },
  async post(ctx, body) {
    // As authentik counts: the fall of the user's reputation since the stage was first shown
    // (each wrong password is -1, within the reputation limits) reaching the stage's limit.
    const invalid = async (errs: ResponseErrors) => {
      const initial =
        (ctx.plan.context[INITIAL_SCORE] as number | undefined) ?? reputationScore(ctx);
      ctx.plan.context[INITIAL_SCORE] = initial;
      if (initial - reputationScore(ctx) >= ctx.stage.a.num('failed_attempts_before_cancel', 5)) {
        return ctx.stageInvalid('Invalid password');
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
    ctx.plan.context[CTX.pendingUser] = toPending(user);
    ctx.plan.context[CTX.backend] = INBUILT_BACKEND;
    setPasswordMethod(ctx.plan.context);
    return ctx.stageOk();
  },
};
