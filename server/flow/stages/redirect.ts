// authentik's RedirectStageView: ends the flow with a redirect to a URL, or hands over to another
// flow (not the end: `final_redirect` false, so the widget does not report the flow done).
import { action } from './shared.js';

export const redirect = action(async (ctx) => {
  const a = ctx.stage.a;
  if (a.str('mode', 'static') === 'flow') {
    const target = ctx.state.catalog.flowByPk(a.optStr('target_flow'));
    if (!target) throw new Error(`redirect stage ${ctx.stage.name}: target flow not found`);
    ctx.cancel();
    return Response.json({
      component: 'xak-flow-redirect',
      to: ctx.flowPageUrl(target.slug),
      final_redirect: false,
    });
  }
  ctx.cancel();
  return Response.json({
    component: 'xak-flow-redirect',
    to: a.str('target_static', '/'),
    final_redirect: true,
  });
});
