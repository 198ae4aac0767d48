// authentik's InvitationStageView: the invitation comes from `?itoken=` or `?token=` in the flow's
// query (or `token` in prompt_data); a valid one (not expired, for this flow or any) merges its fixed_data
// into prompt_data and is used up when single_use. Without one the stage denies, unless
// `continue_flow_without_invitation`.
import { Attrs, MODEL } from '../../blueprints/models.js';
import type { ModelObject } from '../../blueprints/registry.js';
import { CTX } from '../plan.js';
import type { StageContext } from '../context.js';
import { action } from './shared.js';

export const INVITATION_IN_EFFECT = 'invitation_in_effect';
export const INVITATION = 'invitation';

/** InvitationStageView.get_token: `?itoken=`, then `?token=` in the flow's query, then prompt_data. */
function token(ctx: StageContext): string | undefined {
  const query = ctx.getParams;
  const fromQuery = query.get('itoken') ?? query.get('token');
  if (fromQuery !== null) return fromQuery;
  const prompt = (ctx.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>;
  return typeof prompt.token === 'string' ? prompt.token : undefined;
}

/** A valid invitation for this flow, by pk (authentik's Invitation.filter_not_expired). */
function invitation(ctx: StageContext): ModelObject | undefined {
  const key = token(ctx);
  const invite = key ? ctx.state.catalog.object(key) : undefined;
  if (invite?.model !== MODEL.invitation) return undefined;
  const a = new Attrs(invite.attrs);
  const expires = a.optStr('expires');
  if (expires && Date.parse(expires) <= Date.now()) return undefined;
  const flow = a.optStr('flow');
  if (flow && flow !== ctx.plan.flowPk) return undefined;
  return invite;
}

/** Deep merge (deepmerge's always_merger: dicts merged, lists appended, else replaced). */
function merge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    if (Array.isArray(current) && Array.isArray(value)) into[key] = [...current, ...value];
    else if (isObject(current) && isObject(value)) merge(current, value);
    else into[key] = structuredClone(value);
  }
}
const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export const invitationStage = action(async (ctx) => {
  const invite = invitation(ctx);
  if (!invite) {
    if (ctx.stage.a.bool('continue_flow_without_invitation', false)) return ctx.stageOk();
    return ctx.stageInvalid('Invalid invite/invite not found');
  }
  const a = new Attrs(invite.attrs);
  const data: Record<string, unknown> = {};
  merge(data, (ctx.plan.context[CTX.prompt] ?? {}) as Record<string, unknown>);
  merge(data, isObject(invite.attrs.fixed_data) ? invite.attrs.fixed_data : {});
  ctx.plan.context[CTX.prompt] = data;
  ctx.plan.context[INVITATION_IN_EFFECT] = true;
  ctx.plan.context[INVITATION] = { pk: invite.pk, name: a.str('name') };
  if (a.bool('single_use', false)) ctx.state.catalog.registry.remove(invite);
  return ctx.stageOk();
});
