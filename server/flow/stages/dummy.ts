// authentik's DummyStageView: a challenge that passes on any answer (or an error, on request).
import type { StageView } from '../context.js';

export const dummy: StageView = {
  async get(ctx) {
    if (ctx.stage.a.bool('throw_error', false)) throw new Error('Test error');
    return ctx.challenge({ component: 'ak-stage-dummy', name: ctx.stage.name });
  },
  async post(ctx) {
    return ctx.stageOk();
  },
};
