// authentik's ConsentStageView: the permissions to grant, confirmed with a one-time token. With an
// application in the plan (a provider's authorization flow, /application/o/authorize/), the modes
// `permanent` and `expiring` remember the consent per user and application (UserConsent), and the
// stage passes on its own while a consent covering the same permissions is there; a consent for
// fewer permissions asks only for the new ones. `always_require` (the model's default) and a plan
// without an application ask every time and remember nothing.
import { randomUUID } from 'node:crypto';
import { timedeltaSeconds } from '../../expiry.js';
import type { ApplicationRef, Permission } from '../../model/applications.js';
import type { UserConsent } from '../../state.js';
import type { StageContext, StageView } from '../context.js';
import { CTX } from '../plan.js';
import { charField } from './shared.js';

const PERMISSIONS = 'consent_permissions';
const EXTRA_PERMISSIONS = 'consent_additional_permissions';

function consentChallenge(ctx: StageContext) {
  ctx.session.consentToken = randomUUID();
  const context = ctx.plan.context;
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-consent',
    permissions: context[PERMISSIONS] ?? [],
    additional_permissions: context[EXTRA_PERMISSIONS] ?? [],
    token: ctx.session.consentToken,
  };
  if (typeof context.consent_header === 'string') challenge.header_text = context.consent_header;
  return challenge as { component: string };
}

/** should_always_prompt: mode always_require, or no application to remember the consent for. */
function application(ctx: StageContext): ApplicationRef | undefined {
  if (ctx.stage.a.str('mode', 'always_require') === 'always_require') return undefined;
  const app = ctx.plan.context[CTX.application] as ApplicationRef | undefined;
  return app && typeof app === 'object' && typeof app.pk === 'string' ? app : undefined;
}

/** UserConsent.filter_not_expired(user, application).first() */
export function findConsent(
  ctx: Pick<StageContext, 'state'>,
  userPk: number | null | undefined,
  app: ApplicationRef,
): UserConsent | undefined {
  const now = ctx.state.now();
  return ctx.state.consents.find(
    (c) =>
      c.userPk === userPk &&
      c.application === app.pk &&
      (c.expires === undefined || c.expires > now),
  );
}

const permissionsOf = (ctx: StageContext, key: string) =>
  (ctx.plan.context[key] ?? []) as Permission[];

export const consent: StageView = {
  async get(ctx) {
    const app = application(ctx);
    if (!app) return ctx.challenge(consentChallenge(ctx), true);
    // The pending user if the plan has one, else the logged-in user.
    const userPk = ctx.pendingUser ? ctx.pendingUser.pk : ctx.session.userPk;
    const given = findConsent(ctx, userPk, app);
    if (given) {
      const requested = permissionsOf(ctx, PERMISSIONS);
      const allowed = new Set(given.permissions === '' ? [] : given.permissions.split(' '));
      const wanted = new Set(requested.map((p) => p.id));
      const same = allowed.size === wanted.size && [...wanted].every((id) => allowed.has(id));
      if (same) return ctx.stageOk();
      ctx.plan.context[PERMISSIONS] = requested.filter((p) => allowed.has(p.id));
      ctx.plan.context[EXTRA_PERMISSIONS] = requested.filter((p) => !allowed.has(p.id));
    }
    return ctx.challenge(consentChallenge(ctx), true);
  },
  async post(ctx, body) {
    const token = charField(body, 'token', true);
    if (token.error) return ctx.challengeInvalid(consentChallenge(ctx), token.error, true);
    if (token.value !== ctx.session.consentToken) return consent.get(ctx);
    const app = application(ctx);
    // authentik saves the consent for the request's user (an authorization flow is logged in).
    const userPk = ctx.session.userPk ?? ctx.pendingUser?.pk;
    if (!app || userPk == null) return ctx.stageOk();
    const permissions = [
      ...permissionsOf(ctx, PERMISSIONS),
      ...permissionsOf(ctx, EXTRA_PERMISSIONS),
    ]
      .map((p) => p.id)
      .join(' ');
    let record = findConsent(ctx, userPk, app);
    if (!record) {
      record = { userPk, application: app.pk, permissions };
      ctx.state.consents.push(record);
    }
    record.permissions = permissions;
    const a = ctx.stage.a;
    if (a.str('mode') === 'permanent') delete record.expires;
    else
      record.expires =
        ctx.state.now() + timedeltaSeconds(a.str('consent_expire_in', 'weeks=4')) * 1000;
    return ctx.stageOk();
  },
};
