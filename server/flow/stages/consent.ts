// authentik's ConsentStageView: the permissions to grant, confirmed with a one-time token.
import { randomUUID } from 'node:crypto';
import type { StageContext, StageView } from '../context.js';
import { charField } from './shared.js';

function consentChallenge(ctx: StageContext) {
  ctx.session.consentToken = randomUUID();
  const context = ctx.plan.context;
  const challenge: Record<string, unknown> = {
    component: 'ak-stage-consent',
    permissions: context.consent_permissions ?? [],
    additional_permissions: context.consent_additional_permissions ?? [],
    token: ctx.session.consentToken,
  };
  if (typeof context.consent_header === 'string') challenge.header_text = context.consent_header;
  return challenge as { component: string };
}

export const consent: StageView = {
  async get(ctx) {
    return ctx.challenge(consentChallenge(ctx), true);
  },
  async post(ctx, body) {
    const token = charField(body, 'token', true);
    if (token.error) return ctx.challengeInvalid(consentChallenge(ctx), token.error, true);
    if (token.value !== ctx.session.consentToken) return ctx.challenge(consentChallenge(ctx), true);
    return ctx.stageOk();
  },
};
