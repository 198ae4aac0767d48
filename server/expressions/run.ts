// Runs blueprint expressions through the Python engine the way authentik does: an expression
// policy for a binding (PolicyProcess: an error gives failure_result, unnegated, with the error
// as message), and a prompt's initial_value/placeholder (PropertyMappingEvaluator: an error falls
// back to the raw text). Every error is reported, naming the policy or prompt; never silent.
import type { Catalog } from '../blueprints/models.js';
import { Attrs, MODEL } from '../blueprints/models.js';
import type { ModelObject } from '../blueprints/registry.js';
import type { UserStore } from '../model/users.js';
import type { Report } from '../report.js';
import {
  applyPlanChanges,
  pythonContext,
  pythonUser,
  snapshotOf,
  type PolicyRequestInfo,
} from './context.js';
import type { ExpressionEngine, HostCall, RunResult } from './engine.js';

export interface ExpressionDeps {
  catalog: Catalog;
  report: Report;
  users: UserStore;
  expressions: ExpressionEngine;
}

export interface ExpressionVerdict {
  passing: boolean;
  messages: string[];
  /** The error that made the binding answer its failure_result. */
  error?: string;
  /** `prompt_data` as the policy left it (prompt validation policies may change it). */
  promptData?: Record<string, unknown>;
}

export interface PolicyRun {
  context: Record<string, unknown>;
  info?: PolicyRequestInfo;
  /** request.obj: the flow or stage binding the policy is bound to. */
  obj?: Record<string, unknown>;
  /** Whether `flow_plan` is in request.context (stage bindings, not flow bindings). */
  flowPlan?: { flowPk: string };
  /** The binding's failure_result and timeout (seconds). */
  failureResult: boolean;
  timeout?: number;
  /** What an answer does to the flow, in words (flow/policy-report.ts), for the report. */
  effect?: (passing: boolean) => string;
  /** Answers ak_call_policy for policies Python does not run (password, reputation). */
  callPolicy?: HostCall;
}

function printLogs(name: string, result: RunResult): void {
  // authentik logs at info by default: ak_logger.debug lines stay quiet.
  for (const line of result.logs.filter((l) => l.level !== 'debug')) {
    const kw = Object.keys(line.kw).length ? ` ${JSON.stringify(line.kw)}` : '';
    console.log(`[expression ${line.level}] ${name}: ${line.event}${kw}`);
  }
}

function requestUser(deps: ExpressionDeps, info: PolicyRequestInfo | undefined, ctx: object) {
  const pending = pythonContext(deps, ctx as Record<string, unknown>).pending_user;
  if (pending) return pending;
  return info?.user ? pythonUser(deps, info.user) : undefined;
}

/** An expression policy, as authentik's PolicyProcess runs it (negate is the caller's). */
export async function runExpressionPolicy(
  deps: ExpressionDeps,
  policy: ModelObject,
  run: PolicyRun,
): Promise<ExpressionVerdict> {
  const name = String(policy.attrs.name ?? policy.pk);
  const limit = Math.min((run.timeout ?? 30) * 1000, deps.expressions.limitMs);
  const result = await deps.expressions.run(
    {
      kind: 'policy',
      name,
      expression: String(policy.attrs.expression ?? ''),
      snapshot: snapshotOf(deps.catalog, deps.users),
      user: requestUser(deps, run.info, run.context),
      http: run.info?.http ?? null,
      obj: run.obj ?? null,
      flow_pk: run.flowPlan?.flowPk ?? null,
      with_plan: !!run.flowPlan,
      plan_context: pythonContext(deps, run.context),
    },
    limit,
    run.callPolicy,
  );
  printLogs(name, result);
  if (result.error !== undefined) {
    const message = `expression policy "${name}" failed: ${result.error}`;
    const effect = run.effect ? `, so ${run.effect(run.failureResult)}` : '';
    deps.report.warn(
      `${message}; its binding answered failure_result (${run.failureResult})${effect}`,
    );
    return { passing: run.failureResult, messages: [result.error], error: message };
  }
  applyPlanChanges(run.context, result.plan_changes);
  return {
    passing: !!result.passing,
    messages: result.messages ?? [],
    promptData: result.prompt_data,
  };
}

export interface PromptValue {
  /** The expression's result as JSON (lists for choices), or the raw text after an error. */
  value: unknown;
  /** Python's str() of the result, what authentik sends as initial_value/placeholder. */
  text: string;
}

/** A prompt's `initial_value` or `placeholder` expression (PropertyMappingEvaluator). */
export async function evaluatePromptExpression(
  deps: ExpressionDeps,
  prompt: ModelObject,
  attr: 'initial_value' | 'placeholder',
  context: Record<string, unknown>,
  info?: PolicyRequestInfo,
  /** Answers ak_call_policy for policies Python does not run. */
  callPolicy?: HostCall,
): Promise<PromptValue> {
  const a = new Attrs(prompt.attrs);
  const name = a.str('name', a.str('field_key'));
  const source = a.str(attr);
  const result = await deps.expressions.run(
    {
      kind: 'property',
      name,
      expression: source,
      snapshot: snapshotOf(deps.catalog, deps.users),
      user: requestUser(deps, info, context),
      http: info?.http ?? null,
      obj: { __ak_model__: 'prompt', pk: prompt.pk, ...prompt.attrs },
      prompt_context: (context.prompt_data ?? {}) as object,
    },
    undefined,
    callPolicy,
  );
  printLogs(name, result);
  if (result.error !== undefined) {
    deps.report.warn(
      `prompt "${name}": its ${attr} expression failed (${result.error}); the raw text is used, as authentik does`,
    );
    return { value: source, text: source };
  }
  return { value: result.items ?? result.value, text: result.text ?? '' };
}

/** Does any loaded blueprint hold Python (expression policies, prompt expressions)? */
export function countExpressions(catalog: Catalog): { policies: number; prompts: number } {
  const prompts = catalog.registry
    .byModel(MODEL.prompt)
    .filter(
      (p) => p.attrs.initial_value_expression === true || p.attrs.placeholder_expression === true,
    );
  return {
    policies: catalog.registry.byModel(MODEL.expressionPolicy).length,
    prompts: prompts.length,
  };
}

/** Compiles every expression once the engine is up; syntax errors are reported by name. */
export async function checkExpressions(deps: ExpressionDeps): Promise<void> {
  const sources: [string, string][] = [];
  for (const p of deps.catalog.registry.byModel(MODEL.expressionPolicy)) {
    sources.push([
      `expression policy "${String(p.attrs.name ?? p.pk)}"`,
      String(p.attrs.expression ?? ''),
    ]);
  }
  for (const p of deps.catalog.registry.byModel(MODEL.prompt)) {
    for (const attr of ['initial_value', 'placeholder'] as const) {
      if (p.attrs[`${attr}_expression`] === true) {
        sources.push([
          `prompt "${String(p.attrs.name ?? p.pk)}" ${attr}`,
          String(p.attrs[attr] ?? ''),
        ]);
      }
    }
  }
  for (const [what, expression] of sources) {
    const result = await deps.expressions.run({ kind: 'compile', name: what, expression });
    if (result.error !== undefined) deps.report.warn(`${what} does not compile: ${result.error}`);
  }
}
