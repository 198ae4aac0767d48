// What a policy binding does to a flow, in words, for the reports: which flow or stage it is
// bound to and what its answer changes ("stage X in flow Y is skipped"). Used at start-up for
// policies that cannot run here, and at run time when an expression policy fails.
import type { Catalog } from '../blueprints/models.js';
import { MODEL } from '../blueprints/models.js';
import type { Report } from '../report.js';
import { REPUTATION_POLICY } from '../reputation.js';

/** "flow demo-login" or "stage x (binding order 30) in flow demo-login". */
export function describeTarget(catalog: Catalog, targetPk: string): string {
  const flow = catalog.flowByPk(targetPk);
  if (flow) return `flow ${flow.slug}`;
  for (const f of catalog.flows()) {
    const binding = catalog.stageBindings(f.pk).find((b) => b.pk === targetPk);
    if (binding) {
      const stage = catalog.stage(binding.stage);
      return `stage ${stage?.name ?? binding.stage} (order ${binding.order}) in flow ${f.slug}`;
    }
  }
  return `object ${targetPk}`;
}

/** What `passing` means for the target: the flow applies / is denied, the stage runs / skipped. */
export function effectOf(catalog: Catalog, targetPk: string, passing: boolean): string {
  const what = describeTarget(catalog, targetPk);
  if (what.startsWith('flow ')) return `${what} ${passing ? 'applies' : 'is denied'}`;
  if (what.startsWith('stage ')) return `${what} ${passing ? 'runs' : 'is skipped'}`;
  return what;
}

/** Reports, once each, policies the server cannot run and what their bindings do instead. */
export function reportPolicies(catalog: Catalog, report: Report): void {
  const runs = new Set<string>([
    MODEL.expressionPolicy,
    MODEL.passwordPolicy,
    MODEL.policyBinding,
    REPUTATION_POLICY,
  ]);
  for (const policy of catalog.registry.objects) {
    if (!policy.model.startsWith('authentik_policies') || runs.has(policy.model)) continue;
    const name = String(policy.attrs.name ?? policy.pk);
    const bindings = catalog.registry
      .byModel(MODEL.policyBinding)
      .filter((b) => b.attrs.policy === policy.pk);
    if (!bindings.length) {
      report.warn(`policy "${name}" (${policy.model}) cannot run here; it is bound to nothing`);
    }
    for (const b of bindings) {
      const failure = b.attrs.failure_result === true;
      const target = String(b.attrs.target);
      report.warn(
        `policy "${name}" (${policy.model}) cannot run here: its binding answers failure_result ` +
          `(${failure}), so ${effectOf(catalog, target, failure)} (unless other bindings decide)`,
      );
    }
  }
}
