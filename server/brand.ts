// The brand's default flows (authentik's Brand.flow_authentication, flow_invalidation, ...): when
// you preview your own blueprints (`npm start -- --blueprints DIR`), a flow of yours with the
// designation; else the demo's login and logout; else the first flow with the designation.
import { resolve, sep } from 'node:path';
import { MODEL, type FlowDef } from './blueprints/models.js';
import type { ServerState } from './state.js';

const DEMO_DEFAULTS: Record<string, string> = {
  authentication: 'demo-login',
  invalidation: 'demo-logout',
};

/** The slugs of the flows defined by blueprint files under `dirs`, in the order they loaded. */
export function flowsFrom(state: Pick<ServerState, 'catalog'>, dirs: string[]): string[] {
  const roots = dirs.map((d) => resolve(d) + sep);
  return state.catalog.registry
    .byModel(MODEL.flow)
    .filter((o) => roots.some((root) => resolve(o.source).startsWith(root)))
    .map((o) => String(o.attrs.slug ?? ''))
    .filter((slug) => state.catalog.flowBySlug(slug));
}

export function brandFlow(state: ServerState, designation: string): FlowDef | undefined {
  const { catalog } = state;
  const own = (state.ownFlows ?? [])
    .map((slug) => catalog.flowBySlug(slug))
    .filter((f) => f?.designation === designation)
    .sort((a, b) => a!.slug.localeCompare(b!.slug))[0];
  if (own) return own;
  const demo = DEMO_DEFAULTS[designation];
  return (demo ? catalog.flowBySlug(demo) : undefined) ?? catalog.flowByDesignation(designation);
}
