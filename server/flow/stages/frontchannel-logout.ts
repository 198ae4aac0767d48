// authentik's front-channel logout (IframeLogoutStageView, which authentik injects into the
// invalidation flow for providers with front-channel logout): the browser loads each
// application's logout URL in a hidden frame, then answers. The reference server runs it as its
// own model `reference_server.iframelogoutstage` with `logout_urls` (url, provider_name, binding,
// saml_request, …) in its attrs; relative URLs are made absolute against the request.
import type { StageView } from '../context.js';

export const iframeLogout: StageView = {
  async get(ctx) {
    const entries = ctx.stage.a.attrs.logout_urls;
    const logout_urls = (Array.isArray(entries) ? entries : [])
      .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
      .filter((e) => typeof e.url === 'string')
      .map((e) => ({ ...e, url: new URL(e.url as string, ctx.origin).href }));
    return ctx.challenge({ component: 'ak-provider-iframe-logout', logout_urls });
  },
  async post(ctx) {
    return ctx.stageOk();
  },
};
