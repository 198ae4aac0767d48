// `GET /application/o/authorize/`: authentik's OAuth2 AuthorizationFlowInitView, so a flow runs
// "for an application": the provider is found by `client_id`, the redirect URI checked, a user
// not logged in is sent to the brand's login flow (which names the application) and back; then
// the provider's authorization flow is planned with the application, the consent header and the
// requested scopes' descriptions in the plan, and the browser goes to that flow's page. When the
// flow ends, the user lands on `redirect_uri` with a `code` and the `state` (flow/executor.ts);
// the code is a development stand-in (no token exchange for it here).
import { FlowNonApplicable, evaluateTarget, planFlow } from '../../flow/plan.js';
import { httpInfo } from '../../expressions/context.js';
import { _ } from '../../i18n/index.js';
import {
  OAUTH_PARAMS,
  type OAuthParams,
  applicationOf,
  applicationRef,
  providerByClientId,
  redirectAllowed,
  scopeDescriptions,
} from '../../model/applications.js';
import type { ServerState } from '../../state.js';
import { sessionOf } from '../cookies.js';
import type { App } from '../env.js';
import { escapeHtml, html, notFoundPage } from '../html.js';

const page = (status: number, title: string, message: string) =>
  new Response(
    html(escapeHtml(title), `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`),
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    },
  );

export function applicationRoutes(app: App, state: ServerState): void {
  app.get('/application/o/authorize/', async (c) => {
    const url = new URL(c.req.url);
    const q = url.searchParams;
    const provider = providerByClientId(state.catalog, q.get('client_id') ?? '');
    const application = provider && applicationOf(state.catalog, provider);
    if (!provider || !application) return notFoundPage();
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!redirectUri || !redirectAllowed(provider, redirectUri)) {
      return page(
        400,
        _('Redirect URI Error'),
        _(
          'The request fails due to a missing, invalid, or mismatching redirection URI (redirect_uri).',
        ),
      );
    }
    const session = sessionOf(c, state.sessions, true)!;
    const user = state.users.get(session.userPk);
    if (!user) {
      // handle_no_permission: remember the application (the login's identification stage names
      // it) and log in first, then come back here.
      session.applicationPre = applicationRef(application);
      const next = encodeURIComponent(url.pathname + url.search);
      return c.redirect(`/flows/-/default/authentication/?next=${next}`, 302);
    }
    delete session.applicationPre;
    const info = { user, http: httpInfo(url, 'GET', Object.fromEntries(c.req.raw.headers)) };
    const ref = applicationRef(application);
    const access = await evaluateTarget(
      state,
      application.pk,
      application.attrs.policy_engine_mode === 'all' ? 'all' : 'any',
      {},
      { obj: { __ak_model__: 'application', ...ref }, info },
    );
    const denied = (messages: string[]) => page(403, _('Permission denied'), messages.join(' '));
    if (!access.passing) return denied(access.messages);
    const flow = state.catalog.flowByPk(provider.attrs.authorization_flow);
    if (!flow) {
      state.report.warn(
        `application "${ref.name}": its provider has no authorization flow loaded here`,
      );
      return notFoundPage();
    }
    const scope = (q.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const params: OAuthParams = {
      client_id: q.get('client_id') ?? '',
      redirect_uri: redirectUri,
      state: q.get('state') ?? '',
      scope,
    };
    try {
      session.plan = await planFlow(
        state,
        flow,
        user,
        {
          application: ref,
          [OAUTH_PARAMS]: params,
          consent_header: _("You're about to sign into {application}.", { application: ref.name }),
          consent_permissions: scopeDescriptions(state.catalog, provider, scope),
        },
        info,
      );
    } catch (err) {
      if (err instanceof FlowNonApplicable) return denied(err.messages);
      throw err;
    }
    return c.redirect(`/if/flow/${encodeURIComponent(flow.slug)}/${url.search}`, 302);
  });
}
