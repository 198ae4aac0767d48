// authentik's EmailStageView: emails a link (to the dev outbox) that resumes the plan with a
// `flow_token`; the stage passes when the flow comes back through it.
import { createHash, randomBytes } from 'node:crypto';
import { expiresAt, timedeltaSeconds, tokenExpirySeconds } from '../../expiry.js';
import { NON_FIELD, errors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { CTX } from '../plan.js';
import { _ } from '../../i18n/index.js';

function sendEmail(ctx: StageContext): void {
  const pending = ctx.pendingUser!;
  if (pending.pk == null && ctx.flow.designation === 'recovery') return; // pretend, don't disclose
  const a = ctx.stage.a;
  const key = randomBytes(32).toString('base64url');
  const lifetime = tokenExpirySeconds(a.attrs.token_expiry) + 60;
  ctx.state.tokens.set(key, {
    key,
    plan: structuredClone(ctx.plan),
    userPk: pending.pk,
    flowPk: ctx.flow.pk,
    expires: expiresAt(lifetime),
    revokeOnExecution: true,
  });
  const query = new URLSearchParams(ctx.req.url.searchParams.get('query') ?? '');
  query.delete('flow_token');
  query.set('flow_token', key);
  const url = `${ctx.origin}/if/flow/${ctx.flow.slug}/?${query.toString()}`;
  const template = a.str('template', 'email/password_reset.html');
  const what = template.includes('password_reset') ? 'reset your password' : 'continue';
  ctx.state.outbox.add({
    to: String(ctx.plan.context.email ?? pending.email),
    subject: a.str('subject', 'authentik'),
    body: `Hello ${pending.name || pending.username},\n\nOpen this link to ${what}:\n${url}\n\nThe link expires in ${Math.round(lifetime / 60)} minutes.\n`,
    stage: ctx.stage.name,
  });
}

/**
 * authentik's EmailStageView._is_rate_limited: re-sends per address (sha256 of the lower-cased
 * email) within `recovery_cache_timeout` are counted; from the `recovery_max_attempts`th on, the
 * whole minutes until the oldest leaves the window, else undefined (and this attempt is counted).
 */
function rateLimited(ctx: StageContext): number | undefined {
  const a = ctx.stage.a;
  const max = a.num('recovery_max_attempts', 5);
  const windowMs = timedeltaSeconds(a.str('recovery_cache_timeout', 'minutes=5')) * 1000;
  const address = String(ctx.pendingUser?.email ?? '').toLowerCase();
  const key = createHash('sha256').update(address).digest('hex');
  const now = ctx.state.now();
  const recent = (ctx.state.emailAttempts.get(key) ?? []).filter((t) => t > now - windowMs);
  if (recent.length >= max) {
    const retryAfter = Math.min(...recent) + windowMs - now;
    return Math.max(1, Math.ceil(retryAfter / 60_000));
  }
  ctx.state.emailAttempts.set(key, [...recent, now]);
  return undefined;
}

export const email: StageView = {
  async get(ctx) {
    const restored = ctx.plan.context[CTX.restored] as { user: number | null } | undefined;
    if (restored) {
      // Came back through the link: the token must belong to the pending user.
      if (ctx.pendingUser?.pk == null || restored.user !== ctx.pendingUser.pk)
        return ctx.stageInvalid();
      if (ctx.stage.a.bool('activate_user_on_success', false)) {
        const user = ctx.pendingStoredUser;
        if (user) {
          user.is_active = true;
          ctx.state.users.save();
        }
      }
      return ctx.stageOk();
    }
    if (!ctx.pendingUser) return ctx.stageInvalid(_('No pending user.'));
    if (!ctx.plan.context[CTX.emailSent]) {
      sendEmail(ctx);
      ctx.plan.context[CTX.emailSent] = true;
    }
    return ctx.challenge({ component: 'ak-stage-email' });
  },
  async post(ctx) {
    const minutes = rateLimited(ctx);
    if (minutes !== undefined) {
      // authentik sends this as a message (a toast on its page, over its message channel) next to
      // the usual "email-sent" answer; the widget reads only the challenge, so it is said there,
      // in place of "email-sent" (nothing was sent).
      const text = _(
        'Too many account verification attempts. Please try again after {minutes} minutes.',
        { minutes },
      );
      ctx.state.report.info(`${ctx.stage.name}: re-send refused (recovery_max_attempts reached)`);
      return ctx.challengeInvalid(
        { component: 'ak-stage-email' },
        errors(NON_FIELD, text, 'rate_limited'),
      );
    }
    if (ctx.pendingUser) sendEmail(ctx);
    return ctx.challengeInvalid(
      { component: 'ak-stage-email' },
      errors(NON_FIELD, 'email-sent', 'email-sent'),
    );
  },
};
