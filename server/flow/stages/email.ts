// authentik's EmailStageView: emails a link (to the dev outbox) that resumes the plan with a
// `flow_token`; the stage passes when the flow comes back through it. As authentik's
// pickle_flow_token_for_email, the saved plan starts with a consent step ("Continue to confirm this
// email address."), so that a mail scanner opening the link does not use it up: the token is
// deleted only when the user confirms (EmailTokenRevocationConsentStageView).
import { createHash, randomBytes } from 'node:crypto';
import { expiresAt, timedeltaSeconds, tokenExpirySeconds } from '../../expiry.js';
import { INSERTED_BINDING, IN_MEMORY_STAGE } from '../../blueprints/models.js';
import { NON_FIELD, errors } from '../challenge.js';
import type { StageContext, StageView } from '../context.js';
import { CTX } from '../plan.js';
import { _ } from '../../i18n/index.js';
import { consent } from './consent.js';
import { charField } from './shared.js';

function sendEmail(ctx: StageContext): void {
  const pending = ctx.pendingUser!;
  if (pending.pk == null && ctx.flow.designation === 'recovery') return; // pretend, don't disclose
  const a = ctx.stage.a;
  const key = randomBytes(32).toString('base64url');
  const lifetime = tokenExpirySeconds(a.attrs.token_expiry) + 60;
  const plan = structuredClone(ctx.plan);
  // plan.insert_stage(in_memory_stage(EmailTokenRevocationConsentStageView), index=0)
  plan.bindings.unshift(INSERTED_BINDING + IN_MEMORY_STAGE + 'email_token_consent');
  plan.reevaluate.unshift(false);
  plan.context.consent_header = _('Continue to confirm this email address.');
  ctx.state.tokens.set(key, {
    key,
    plan,
    userPk: pending.pk,
    flowPk: ctx.flow.pk,
    expires: expiresAt(lifetime),
    revokeOnExecution: false,
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

/** The email token the plan was restored from, while it exists. */
function restoredToken(ctx: StageContext): string | undefined {
  const key = (ctx.plan.context[CTX.restored] as { key?: string } | undefined)?.key;
  // Still there (refresh_from_db): expiry was checked when the plan was restored.
  return key && ctx.state.tokens.has(key) ? key : undefined;
}

/**
 * authentik's EmailTokenRevocationConsentStageView: the consent stage (no application, so nothing
 * is remembered) in front of a plan restored from an email link. Shown while the token exists;
 * a valid answer deletes the token first (a wrong consent token then finds it gone).
 */
export const emailTokenConsent: StageView = {
  async get(ctx) {
    if (!restoredToken(ctx))
      return ctx.stageInvalid(_('Link was already used, please request a new link.'));
    return consent.get(ctx);
  },
  async post(ctx, body) {
    if (charField(body, 'token', true).error) return consent.post(ctx, body);
    const key = restoredToken(ctx);
    if (key) ctx.state.tokens.delete(key);
    return body.token === ctx.session.consentToken ? ctx.stageOk() : emailTokenConsent.get(ctx);
  },
};
