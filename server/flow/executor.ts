// authentik's FlowExecutorView: plans a flow into the session, hands GET/POST to the current
// stage, answers 302 to the same URL after a stage passes, ends with xak-flow-redirect to `next`.
import { randomUUID } from 'node:crypto';
import type { FlowDef, StageBindingDef, StageDef } from '../blueprints/models.js';
import { isExpired } from '../expiry.js';
import { httpInfo, type PolicyRequestInfo } from '../expressions/context.js';
import { OAUTH_PARAMS, fulfilmentUri, type OAuthParams } from '../model/applications.js';
import type { User } from '../model/users.js';
import type { Session } from '../session.js';
import type { ServerState } from '../state.js';
import {
  avatarUrl,
  formatTitle,
  isRelativeUrl,
  type Challenge,
  type ResponseErrors,
} from './challenge.js';
import type { StageContext, StageRequest } from './context.js';
import {
  CTX,
  FlowNonApplicable,
  nextBinding,
  planFlow,
  popBinding,
  type PendingUser,
  type Plan,
} from './plan.js';
import { STAGE_VIEWS } from './stages/index.js';
import { _ } from '../i18n/index.js';

export const CANCEL_URL = '/flows/-/cancel/';
export const DEFAULT_BACKGROUND = '/assets/flow-background.svg';

export interface ExecRequest extends StageRequest {
  session: Session;
  body: Record<string, unknown>;
}

const json = (body: unknown) => Response.json(body);

/** A feature this development server does not have: said on the card, to everyone. */
export class Unsupported extends Error {}

/** One executor request; it is the StageContext the current stage's view gets. */
export class FlowExecution implements StageContext {
  plan!: Plan;
  binding?: StageBindingDef;
  stage!: StageDef;

  constructor(
    readonly state: ServerState,
    readonly flow: FlowDef,
    readonly req: ExecRequest,
  ) {}

  get session(): Session {
    return this.req.session;
  }

  get user(): User | undefined {
    return this.state.users.get(this.session.userPk);
  }

  /** The query the flow was started with (SESSION_KEY_GET). */
  get getParams(): URLSearchParams {
    return new URLSearchParams(this.session.get ?? '');
  }

  /** What policies see besides the plan context: the logged-in user and the HTTP request. */
  get policyInfo(): PolicyRequestInfo {
    return { user: this.user, http: httpInfo(this.req.url, this.req.method, this.req.headers) };
  }

  get origin(): string {
    return this.req.url.origin;
  }

  get pendingUser(): PendingUser | undefined {
    return this.plan?.context[CTX.pendingUser] as PendingUser | undefined;
  }

  /** The stored user behind the pending user, if any. */
  get pendingStoredUser(): User | undefined {
    const pending = this.pendingUser;
    return pending?.pk != null ? this.state.users.get(pending.pk) : undefined;
  }

  /** `/if/flow/<slug>/` with the flow's query (reverse_with_qs). */
  flowPageUrl(slug: string, query = this.session.get ?? ''): string {
    return `/if/flow/${slug}/${query ? `?${query}` : ''}`;
  }

  async run(): Promise<Response> {
    const { session, state } = this;
    const query = this.req.url.searchParams.get('query') ?? '';
    const params = new URLSearchParams(query);
    const tokenKey = params.get('flow_token');
    if (tokenKey) {
      const restored = this.restoreToken(tokenKey);
      if (restored) session.plan = restored;
    }
    if (session.plan && session.plan.flowPk !== this.flow.pk) this.cancel();
    session.get = query;
    if (!session.plan) {
      try {
        session.plan = await planFlow(state, this.flow, this.user, {}, this.policyInfo);
      } catch (err) {
        if (!(err instanceof FlowNonApplicable)) throw err;
        if (this.flow.designation === 'authentication' && this.user) return this.flowDone();
        return this.handleInvalidFlow(err);
      }
      if (!session.plan.bindings.length) return this.flowDone();
    }
    this.plan = session.plan;
    const bindingPk = await nextBinding(state, this.plan, this.policyInfo);
    if (!bindingPk) return this.flowDone();
    this.binding = state.catalog.stageBinding(this.plan.flowPk, bindingPk);
    const stage = this.binding && state.catalog.stage(this.binding.stage);
    if (!stage) return this.stageInvalid('Stage not found.');
    this.stage = stage;
    try {
      const view = stage.kind && STAGE_VIEWS[stage.kind];
      if (!view) {
        throw new Unsupported(
          `The stage "${stage.name}" (${stage.model}) is not supported by the reference flow server.`,
        );
      }
      return this.req.method === 'GET'
        ? await view.get(this)
        : await view.post(this, this.req.body);
    } catch (err) {
      return this.flowError(err);
    }
  }

  private restoreToken(key: string): Plan | undefined {
    const token = this.state.tokens.get(key);
    if (!token) return undefined;
    if (token.revokeOnExecution) this.state.tokens.delete(key);
    if (isExpired(token.expires)) return undefined;
    const plan = structuredClone(token.plan);
    if (this.session.plan) Object.assign(plan.context, this.session.plan.context);
    plan.context[CTX.restored] = { key, user: token.userPk };
    return plan;
  }

  private handleInvalidFlow(err: FlowNonApplicable): Response | Promise<Response> {
    const next = this.getParams.get('next');
    if (
      ['continue', 'message_continue'].includes(this.flow.denied_action) &&
      next &&
      isRelativeUrl(next)
    ) {
      return json({ component: 'xak-flow-redirect', to: next, final_redirect: true });
    }
    if (this.flow.denied_action === 'continue')
      return json({ component: 'xak-flow-redirect', to: '/', final_redirect: true });
    return this.stageInvalid(err.messages.join(' ') || undefined);
  }

  /** Drops the plan and the flow's query (FlowExecutorView.cancel). */
  cancel(): void {
    delete this.session.plan;
    delete this.session.get;
  }

  /** The current stage passed: next stage via a 302 to this same URL, or the end of the flow. */
  async stageOk(): Promise<Response> {
    popBinding(this.plan);
    this.session.plan = this.plan;
    if (this.plan.bindings.length) {
      return new Response(null, {
        status: 302,
        headers: { Location: this.req.url.pathname + this.req.url.search },
      });
    }
    return this.flowDone();
  }

  flowDone(): Response | Promise<Response> {
    // A provider's authorization flow ends at the application (OAuthFulfillmentStage).
    const oauth = this.plan?.context[OAUTH_PARAMS] as OAuthParams | undefined;
    if (oauth && this.user) {
      this.cancel();
      return json({
        component: 'xak-flow-redirect',
        to: fulfilmentUri(oauth),
        final_redirect: true,
      });
    }
    const redirect = this.plan?.context[CTX.redirect];
    const next = this.getParams.get('next') ?? '/';
    this.cancel();
    if (typeof redirect === 'string')
      return json({ component: 'xak-flow-redirect', to: redirect, final_redirect: true });
    if (next && isRelativeUrl(next))
      return json({ component: 'xak-flow-redirect', to: next, final_redirect: true });
    return this.stageInvalid('Invalid next URL');
  }

  /** Access denied (or a restart, if the binding says so); the plan is dropped. */
  async stageInvalid(message?: string): Promise<Response> {
    const action = this.binding?.invalid_response_action;
    if (action === 'restart' || action === 'restart_with_context') return this.restart(action);
    const pending = this.displayUser();
    this.cancel();
    return json({
      component: 'ak-stage-access-denied',
      flow_info: this.flowInfo(),
      pending_user: pending.username,
      pending_user_avatar: pending.avatar,
      error_message: message ?? _('Unknown error'),
    });
  }

  async restart(action: 'restart' | 'restart_with_context'): Promise<Response> {
    const context = action === 'restart_with_context' ? this.plan.context : {};
    try {
      this.session.plan = await planFlow(
        this.state,
        this.flow,
        this.user,
        context,
        this.policyInfo,
      );
    } catch (err) {
      if (err instanceof FlowNonApplicable) return this.handleInvalidFlow(err);
      throw err;
    }
    return new Response(null, {
      status: 302,
      headers: { Location: this.req.url.pathname + this.req.url.search },
    });
  }

  /** An invalid response: errors on the same challenge, or a restart per invalid_response_action. */
  async challengeInvalid(
    challenge: Challenge,
    responseErrors: ResponseErrors,
    withUser = false,
  ): Promise<Response> {
    const action = this.binding?.invalid_response_action;
    if (action === 'restart' || action === 'restart_with_context') return this.restart(action);
    return this.challenge({ ...challenge, response_errors: responseErrors }, withUser);
  }

  flowError(err: unknown): Response {
    const requestId = randomUUID().replace(/-/g, '');
    const where = err instanceof Error ? (err.stack?.split('\n')[1]?.trim() ?? '') : '';
    console.error(
      `[flow-error] request_id=${requestId} flow=${this.flow.slug}: ${String(err)} ${where}`,
    );
    const body: Challenge = { component: 'ak-stage-flow-error', request_id: requestId };
    if (err instanceof Unsupported) body.error = err.message;
    else if (this.user?.is_superuser) {
      body.error = err instanceof Error ? err.message : String(err);
      if (err instanceof Error && err.stack) body.traceback = err.stack;
    }
    return json(body);
  }

  displayUser(): { username: string; avatar: string } {
    const identifier = this.plan?.context[CTX.pendingUserIdentifier];
    const username =
      typeof identifier === 'string'
        ? identifier
        : (this.pendingUser?.username ?? this.user?.username ?? '');
    const stored =
      typeof identifier === 'string' ? undefined : (this.pendingStoredUser ?? this.user);
    return { username, avatar: avatarUrl(stored?.name || stored?.username || username) };
  }

  flowInfo(): Record<string, unknown> {
    const app = this.plan?.context[CTX.application];
    const appName =
      app && typeof app === 'object' ? String((app as { name?: unknown }).name ?? '') : '';
    return {
      title: formatTitle(this.flow.title, appName, this.displayUser().username),
      background: this.flow.background || DEFAULT_BACKGROUND,
      cancel_url: CANCEL_URL,
      layout: this.flow.layout,
    };
  }

  /** A challenge with flow_info, plus pending_user/avatar when `withUser` (WithUserInfoChallenge). */
  challenge(challenge: Challenge, withUser = false): Response {
    const body: Challenge = { ...challenge, flow_info: this.flowInfo() };
    if (withUser) {
      const user = this.displayUser();
      body.pending_user = user.username;
      body.pending_user_avatar = user.avatar;
    }
    return json(body);
  }
}
