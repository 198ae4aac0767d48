// The flow plan (which stage bindings are left, and the context stages share) and the planner,
// with authentik's policy engine: bindings, negate, failure_result, engine mode all/any.
import type { Catalog, FlowDef, PolicyBindingDef } from '../blueprints/models.js';
import type { ModelObject } from '../blueprints/registry.js';
import { MODEL } from '../blueprints/models.js';
import type { PolicyRequestInfo } from '../expressions/context.js';
import type { ExpressionEngine } from '../expressions/engine.js';
import { runExpressionPolicy } from '../expressions/run.js';
import { checkPasswordPolicy, passwordPolicyJson, type PolicyVerdict } from '../policy.js';
import type { PwnedRanges } from '../pwned.js';
import { REPUTATION_POLICY, type Reputation } from '../reputation.js';
import { effectOf } from './policy-report.js';
import type { Report } from '../report.js';
import type { User, UserStore } from '../model/users.js';
import { _ } from '../i18n/index.js';

/** The user a flow is about: a stored user (`pk`) or what was typed (`pk: null`). */
export interface PendingUser {
  pk: number | null;
  username: string;
  email: string;
  name: string;
}

export interface Plan {
  flowPk: string;
  flowSlug: string;
  /** Stage binding pks still to run, in order. */
  bindings: string[];
  /** Per binding: re-evaluate its policies right before it runs (authentik's ReevaluateMarker). */
  reevaluate: boolean[];
  context: Record<string, unknown>;
}

export const CTX = {
  pendingUser: 'pending_user',
  pendingUserIdentifier: 'pending_user_identifier',
  prompt: 'prompt_data',
  backend: 'user_backend',
  emailSent: 'email_sent',
  restored: 'is_restored',
  redirect: 'redirect',
  application: 'application',
  authMethod: 'auth_method',
  authMethodArgs: 'auth_method_args',
} as const;

/** What authentik's InbuiltBackend records on a password login (setdefault, as it does). */
export function setPasswordMethod(context: Record<string, unknown>): void {
  context[CTX.authMethod] ??= 'password';
  context[CTX.authMethodArgs] ??= {};
}

export class FlowNonApplicable extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' ') || _('Flow does not apply to current user.'));
  }
}

export const toPending = (user: User): PendingUser => ({
  pk: user.pk,
  username: user.username,
  email: user.email,
  name: user.name,
});

export interface EngineDeps {
  catalog: Catalog;
  report: Report;
  pwned: PwnedRanges;
  brandTitle: string;
  users: UserStore;
  /** The Python engine expression policies and prompt expressions run in. */
  expressions: ExpressionEngine;
  reputation: Reputation;
}

/** What a policy is bound to and sees besides the plan context (authentik's PolicyRequest). */
export interface Target {
  /** request.obj, as evaluator.py's Model reads it. */
  obj: Record<string, unknown>;
  /** Set for stage bindings: request.context["flow_plan"] is the plan. */
  flowPk?: string;
  info?: PolicyRequestInfo;
}

/** authentik's PolicyEngine over the policy bindings of one target (flow or stage binding). */
export async function evaluateTarget(
  deps: EngineDeps,
  targetPk: string,
  mode: 'all' | 'any',
  context: Record<string, unknown>,
  target: Target = { obj: { pk: targetPk } },
): Promise<PolicyVerdict> {
  const bindings = deps.catalog.policyBindings(targetPk).filter((b) => b.enabled);
  if (!bindings.length) return { passing: true, messages: [] };
  // In order, one after the other: an expression may change the plan context the next one reads.
  const results: PolicyVerdict[] = [];
  for (const b of bindings) results.push(await evaluateBinding(deps, b, context, target));
  const passing = mode === 'all' ? results.every((r) => r.passing) : results.some((r) => r.passing);
  return { passing, messages: results.flatMap((r) => r.messages) };
}

async function evaluateBinding(
  deps: EngineDeps,
  binding: PolicyBindingDef,
  context: Record<string, unknown>,
  target: Target,
): Promise<PolicyVerdict> {
  const policy = binding.policy ? deps.catalog.object(binding.policy) : undefined;
  if (!policy) {
    const what =
      binding.user !== undefined ? 'user' : binding.group !== undefined ? 'group' : 'empty';
    deps.report.warn(
      `policy binding ${binding.pk} (${what} binding) cannot be evaluated here: failure_result (${binding.failure_result}) decides`,
    );
    return { passing: binding.failure_result, messages: [] };
  }
  // Like authentik, a policy that errors yields failure_result, without negate.
  const failure = { passing: binding.failure_result, messages: [] };
  const pending = context[CTX.pendingUser] as PendingUser | undefined;
  const native = await runNativePolicy(deps, policy, context, {
    username: pending?.username ?? target.info?.user?.username,
    clientIp: target.info?.http?.client_ip,
  });
  if (native) return binding.negate ? { ...native, passing: !native.passing } : native;
  if (policy.model === MODEL.expressionPolicy) {
    const result = await runExpressionPolicy(deps, policy, {
      context,
      info: target.info,
      obj: target.obj,
      flowPlan: target.flowPk ? { flowPk: target.flowPk } : undefined,
      failureResult: binding.failure_result,
      timeout: binding.timeout,
      effect: (passing) => effectOf(deps.catalog, String(target.obj.pk), passing),
      callPolicy: (request) => callPolicyFromPython(deps, request),
    });
    if (result.error) return { passing: result.passing, messages: result.messages };
    return {
      passing: binding.negate ? !result.passing : result.passing,
      messages: result.messages,
    };
  }
  return failure;
}

/**
 * The policies the server runs itself (not Python): password and reputation. authentik's
 * ReputationPolicy reads the request's user and client IP; undefined for other models.
 */
async function runNativePolicy(
  deps: EngineDeps,
  policy: ModelObject,
  context: Record<string, unknown>,
  request: { username?: string; clientIp?: string },
): Promise<PolicyVerdict | undefined> {
  if (policy.model === MODEL.passwordPolicy) return runPasswordPolicy(deps, policy.pk, context);
  if (policy.model === REPUTATION_POLICY) {
    const ip = request.clientIp ?? '127.0.0.1';
    return { passing: deps.reputation.passes(policy, ip, request.username), messages: [] };
  }
  return undefined;
}

/**
 * ak_call_policy from an expression, for a policy Python does not run (evaluator.py sends the
 * policy's name, the request's user and client IP, and the request context with the call's
 * keyword arguments): authentik's PolicyProcess over the same request.
 */
export async function callPolicyFromPython(deps: EngineDeps, request: unknown): Promise<unknown> {
  const r = (request ?? {}) as {
    name?: string;
    user?: { username?: unknown };
    client_ip?: unknown;
    context?: Record<string, unknown>;
  };
  const policy = deps.catalog.registry.objects.find(
    (o) =>
      o.model.startsWith('authentik_policies_') &&
      o.model !== MODEL.policyBinding &&
      String(o.attrs.name ?? o.pk) === r.name,
  );
  if (!policy) return { error: `Policy '${String(r.name)}' not found.` };
  const verdict = await runNativePolicy(deps, policy, r.context ?? {}, {
    username: typeof r.user?.username === 'string' ? r.user.username : undefined,
    clientIp: typeof r.client_ip === 'string' ? r.client_ip : undefined,
  });
  if (!verdict) {
    return {
      error: `ak_call_policy('${String(r.name)}'): a ${policy.model} cannot be called from an expression on the reference flow server`,
    };
  }
  return { passing: verdict.passing, messages: verdict.messages };
}

/** Evaluates a password policy object against a plan context. */
export async function runPasswordPolicy(
  deps: EngineDeps,
  policyPk: string,
  context: Record<string, unknown>,
): Promise<PolicyVerdict> {
  const object = deps.catalog.object(policyPk);
  if (!object) return { passing: false, messages: [] };
  const pending = context[CTX.pendingUser] as PendingUser | undefined;
  const prompt = (context[CTX.prompt] ?? {}) as Record<string, unknown>;
  const inputs = [
    pending?.username,
    pending?.name,
    pending?.email,
    prompt.username,
    prompt.name,
    prompt.email,
    deps.brandTitle,
  ];
  return checkPasswordPolicy(
    passwordPolicyJson(object),
    context,
    deps.pwned,
    inputs.filter((s): s is string => typeof s === 'string'),
  );
}

const flowObj = (flow: FlowDef) => ({
  __ak_model__: 'flow',
  pk: flow.pk,
  slug: flow.slug,
  name: flow.name,
  title: flow.title,
  designation: flow.designation,
});

function bindingTarget(deps: EngineDeps, plan: Plan, pk: string, info?: PolicyRequestInfo): Target {
  const binding = deps.catalog.stageBinding(plan.flowPk, pk);
  const stage = binding && deps.catalog.stage(binding.stage);
  const flow = deps.catalog.flowByPk(plan.flowPk);
  return {
    obj: {
      __ak_model__: 'flowstagebinding',
      pk,
      order: binding?.order ?? 0,
      stage: { __ak_model__: 'stage', pk: stage?.pk, name: stage?.name ?? '' },
      target: flow ? flowObj(flow) : null,
    },
    flowPk: plan.flowPk,
    info,
  };
}

const KNOWN_AUTHENTICATION = new Set([
  'none',
  'require_authenticated',
  'require_unauthenticated',
  'require_superuser',
]);

/** Why the flow's authentication requirement turns this user away, or undefined when it does not. */
export function authenticationDenial(flow: FlowDef, user: User | undefined): string | undefined {
  switch (flow.authentication) {
    case 'none':
      return undefined;
    case 'require_authenticated':
      return user ? undefined : _('Flow requires authentication.');
    case 'require_unauthenticated':
      return user ? _('Flow requires unauthenticated user.') : undefined;
    case 'require_superuser':
      return user?.is_superuser ? undefined : _('Flow requires superuser.');
    default:
      return `Flow requires ${flow.authentication}.`;
  }
}

/** authentik's FlowPlanner: authentication requirement, flow policies, evaluate_on_plan bindings. */
export async function planFlow(
  deps: EngineDeps,
  flow: FlowDef,
  user: User | undefined,
  initialContext: Record<string, unknown> = {},
  info: PolicyRequestInfo = { user },
): Promise<Plan> {
  const denial = authenticationDenial(flow, user);
  if (denial !== undefined) {
    if (!KNOWN_AUTHENTICATION.has(flow.authentication)) {
      deps.report.warn(
        `flow ${flow.slug}: authentication "${flow.authentication}" is not supported, the flow never applies`,
      );
    }
    throw new FlowNonApplicable([denial]);
  }
  const context: Record<string, unknown> = { ...initialContext };
  if (user && !context[CTX.pendingUser]) context[CTX.pendingUser] = toPending(user);
  const flowResult = await evaluateTarget(deps, flow.pk, flow.policy_engine_mode, context, {
    obj: flowObj(flow),
    info,
  });
  if (!flowResult.passing) throw new FlowNonApplicable(flowResult.messages);

  const plan: Plan = {
    flowPk: flow.pk,
    flowSlug: flow.slug,
    bindings: [],
    reevaluate: [],
    context,
  };
  for (const binding of deps.catalog.stageBindings(flow.pk)) {
    if (binding.evaluate_on_plan) {
      const target = bindingTarget(deps, plan, binding.pk, info);
      const result = await evaluateTarget(
        deps,
        binding.pk,
        binding.policy_engine_mode,
        context,
        target,
      );
      if (!result.passing) continue;
    }
    plan.bindings.push(binding.pk);
    plan.reevaluate.push(binding.re_evaluate_policies);
  }
  return plan;
}

/** The next binding to run, popping those whose re-evaluated policies fail (FlowPlan.next). */
export async function nextBinding(
  deps: EngineDeps,
  plan: Plan,
  info?: PolicyRequestInfo,
): Promise<string | undefined> {
  while (plan.bindings.length) {
    const pk = plan.bindings[0]!;
    if (plan.reevaluate[0]) {
      const binding = deps.catalog.stageBinding(plan.flowPk, pk);
      const mode = binding?.policy_engine_mode ?? 'any';
      const target = bindingTarget(deps, plan, pk, info);
      const result = await evaluateTarget(deps, pk, mode, plan.context, target);
      if (!result.passing) {
        popBinding(plan);
        continue;
      }
    }
    return pk;
  }
  return undefined;
}

export function popBinding(plan: Plan): void {
  plan.bindings.shift();
  plan.reevaluate.shift();
}
