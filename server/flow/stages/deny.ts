// authentik's DenyStageView: access denied, with the stage's message.
import { action } from './shared.js';

export const deny = action(async (ctx) => ctx.stageInvalid(ctx.stage.a.optStr('deny_message')));
