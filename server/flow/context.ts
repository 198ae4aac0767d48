// The one interface between the flow executor and the stage views: what a view may read (the
// flow, its stage, the plan, the session, the pending user, the stores) and how it answers (a
// challenge, an invalid response, the stage passed, access denied). Views never see the executor.
import type { FlowDef, StageBindingDef, StageDef } from '../blueprints/models.js';
import type { PolicyRequestInfo } from '../expressions/context.js';
import type { User } from '../model/users.js';
import type { Session } from '../session.js';
import type { ServerState } from '../state.js';
import type { Challenge, ResponseErrors } from './challenge.js';
import type { PendingUser, Plan } from './plan.js';

/** The request as a stage sees it. */
export interface StageRequest {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  /** The request headers, lower-case names (what expressions read as request.http_request). */
  readonly headers?: Record<string, string>;
  /** A new CSRF token, as Django's login() does. */
  rotateCsrf(): void;
}

export interface StageContext {
  /** The stores and services: users, sessions, flow tokens, catalog, outbox, report, HIBP ranges. */
  readonly state: ServerState;
  readonly flow: FlowDef;
  /** The stage being run. */
  readonly stage: StageDef;
  readonly plan: Plan;
  readonly session: Session;
  readonly req: StageRequest;
  /** The request's origin, e.g. `http://localhost:9000`. */
  readonly origin: string;
  /** The user the flow is about (plan context `pending_user`). */
  readonly pendingUser: PendingUser | undefined;
  /** The stored user behind the pending user, if any. */
  readonly pendingStoredUser: User | undefined;
  /** What policies and expressions see besides the plan: the logged-in user, the HTTP request. */
  readonly policyInfo: PolicyRequestInfo;
  /** The query the flow was started with (SESSION_KEY_GET). */
  readonly getParams: URLSearchParams;
  /** The stage binding being run (its policies, its invalid_response_action). */
  readonly binding?: StageBindingDef;
  /** `/if/flow/<slug>/` with the flow's query. */
  flowPageUrl(slug: string): string;

  /** A challenge with flow_info, plus pending_user/avatar when `withUser`. */
  challenge(challenge: Challenge, withUser?: boolean): Response;
  /** An invalid response: errors on the same challenge, or a restart per the binding. */
  challengeInvalid(
    challenge: Challenge,
    responseErrors: ResponseErrors,
    withUser?: boolean,
  ): Promise<Response>;
  /** The stage passed: on to the next one, or the end of the flow. */
  stageOk(): Promise<Response>;
  /** Access denied (or a restart, if the binding says so); the plan is dropped. */
  stageInvalid(message?: string): Promise<Response>;
  /** Drops the plan and the flow's query. */
  cancel(): void;
}

/** A stage view (authentik/stages/<name>/stage.py): answers GET and POST of the current stage. */
export interface StageView {
  get(ctx: StageContext): Promise<Response>;
  post(ctx: StageContext, body: Record<string, unknown>): Promise<Response>;
}
