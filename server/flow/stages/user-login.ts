// authentik's UserLoginStageView: logs the pending user in (new session id and CSRF token),
// with the session lifetime, and a remember-me choice when `remember_me_offset` is set.
import { expiresAt, timedeltaSeconds } from '../../expiry.js';
import { errors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { _ } from '../../i18n/index.js';
import { drfBoolean } from './shared.js';

async function doLogin(ctx: StageContext, remember: boolean): Promise<Response> {
  const pending = ctx.pendingStoredUser;
  if (!pending) return ctx.stageInvalid('No Pending user to login.');
  const a = ctx.stage.a;
  let seconds = timedeltaSeconds(a.str('session_duration', 'seconds=0'));
  if (remember) seconds += timedeltaSeconds(a.str('remember_me_offset', 'seconds=0'));
  ctx.state.sessions.rotate(ctx.session);
  ctx.req.rotateCsrf();
  ctx.session.userPk = pending.pk;
  ctx.state.reputation.loggedIn(pending.username, ctx.policyInfo.http?.client_ip);
  ctx.session.expiresAt = seconds > 0 ? expiresAt(seconds) : undefined;
  return ctx.stageOk();
}

export const userLogin: StageView = {
  async get(ctx) {
    if (timedeltaSeconds(ctx.stage.a.str('remember_me_offset', 'seconds=0')) > 0) {
      return ctx.challenge({ component: 'ak-stage-user-login' }, true);
    }
    return doLogin(ctx, false);
  },
  async post(ctx, body) {
    if (timedeltaSeconds(ctx.stage.a.str('remember_me_offset', 'seconds=0')) <= 0)
      return doLogin(ctx, false);
    // BooleanField(required=True): DRF's true and false spellings, null refused.
    const v = body.remember_me;
    const remember = drfBoolean(v);
    if (remember === undefined) {
      const error =
        v === undefined
          ? errors('remember_me', _('This field is required.'), 'required')
          : v === null
            ? errors('remember_me', _('This field may not be null.'), 'null')
            : errors('remember_me', _('Must be a valid boolean.'));
      return ctx.challengeInvalid({ component: 'ak-stage-user-login' }, error, true);
    }
    return doLogin(ctx, remember);
  },
};
