// What the MFA setup stages share: the unconfirmed device being set up (kept in the plan context
// between requests), storing it on the user when confirmed, and the `code` field.
import { addDevice, type MfaDevice } from '../../../model/devices.js';
import type { User } from '../../../model/users.js';
import { errors, type ResponseErrors } from '../../challenge.js';
import type { StageContext } from '../../context.js';
import { MFA_CTX, saveUser } from './shared.js';
import { _ } from '../../../i18n/index.js';

export interface SetupState<D> {
  stage: string;
  device: D;
  options?: Record<string, unknown>;
}

/** The unconfirmed device of the current setup stage, created on first use. */
export function setupState<D extends MfaDevice>(ctx: StageContext, create: () => D): SetupState<D> {
  const current = ctx.plan.context[MFA_CTX.setup] as SetupState<D> | undefined;
  if (current && current.stage === ctx.stage.pk) return current;
  const fresh: SetupState<D> = { stage: ctx.stage.pk, device: create() };
  ctx.plan.context[MFA_CTX.setup] = fresh;
  return fresh;
}

export function finishSetup(ctx: StageContext, user: User, device: MfaDevice): Promise<Response> {
  addDevice(user, device);
  saveUser(ctx);
  delete ctx.plan.context[MFA_CTX.setup];
  return ctx.stageOk();
}

export const friendlyName = (ctx: StageContext, fallback: string) =>
  ctx.stage.a.optStr('friendly_name') ?? fallback;

export function codeOf(body: Record<string, unknown>): { code?: string; error?: ResponseErrors } {
  if (!('code' in body) || body.code === undefined) {
    return { error: errors('code', _('This field is required.'), 'required') };
  }
  const code = typeof body.code === 'string' ? body.code.trim() : String(body.code);
  if (!code) return { error: errors('code', _('This field may not be blank.'), 'blank') };
  return { code };
}
