// Passkeys through the identification stage (its `webauthn_stage`): a discoverable-credential
// challenge, and sign-in with the credential alone (no password, no further MFA).
import { randomBytes } from 'node:crypto';
import { confirmedDevices, touch } from '../../../model/devices.js';
import { NON_FIELD, errors } from '../../challenge.js';
import type { StageContext } from '../../context.js';
import { CTX, toPending } from '../../plan.js';
import { AUTH_METHOD, MFA_CTX, PASSKEY_METHOD, rpId, saveUser } from './shared.js';
import { userVerification, verifyAssertion } from './webauthn-assertion.js';
import { _ } from '../../../i18n/index.js';

/**
 * The identification challenge's `passkey_challenge`: discoverable-credential request options
 * when the stage has a `webauthn_stage`, else null. A GET makes a new challenge; a POST keeps the
 * one the browser is answering.
 */
export function passkeyChallenge(ctx: StageContext): Record<string, unknown> | null {
  const webauthnStage = ctx.state.catalog.stage(ctx.stage.a.optStr('webauthn_stage'));
  if (!webauthnStage) return null;
  const stored = ctx.plan.context[MFA_CTX.passkey] as Record<string, unknown> | undefined;
  if (stored && ctx.req.method === 'POST') return stored;
  const options = {
    challenge: randomBytes(32).toString('base64url'),
    timeout: 60000,
    rpId: rpId(ctx),
    allowCredentials: [],
    userVerification: userVerification(webauthnStage.a.str('user_verification', 'preferred')),
  };
  ctx.plan.context[MFA_CTX.passkey] = options;
  return options;
}

/** Identification with `passkey`: the credential names the user; no password, no more MFA. */
export async function passkeyLogin(
  ctx: StageContext,
  data: Record<string, unknown>,
  challenge: () => { component: string },
): Promise<Response> {
  const options = ctx.plan.context[MFA_CTX.passkey] as { challenge?: string } | undefined;
  const id = typeof data.id === 'string' ? data.id : '';
  const owner = ctx.state.users
    .all()
    .find(
      (u) =>
        u.is_active &&
        confirmedDevices(u).some((d) => d.type === 'webauthn' && d.credential_id === id),
    );
  const fail = () =>
    ctx.challengeInvalid(challenge(), errors(NON_FIELD, _('Failed to authenticate.')));
  if (!owner || !options?.challenge) return fail();
  const saved = ctx.plan.context[MFA_CTX.webauthnChallenge];
  ctx.plan.context[MFA_CTX.webauthnChallenge] = options.challenge;
  const result = await verifyAssertion(ctx, owner, data, false);
  if (saved === undefined) delete ctx.plan.context[MFA_CTX.webauthnChallenge];
  else ctx.plan.context[MFA_CTX.webauthnChallenge] = saved;
  if (typeof result === 'string') return fail();
  touch(result);
  saveUser(ctx);
  delete ctx.plan.context[MFA_CTX.passkey];
  ctx.plan.context[CTX.pendingUser] = toPending(owner);
  ctx.plan.context[AUTH_METHOD] = PASSKEY_METHOD;
  return ctx.stageOk();
}
