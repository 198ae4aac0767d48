// `GET /api/v3/flows/instances/{slug}/`: the Flow object (schema.yml's Flow), optionally 403 for
// anonymous users like real authentik.
import type { FlowDef } from '../../blueprints/models.js';
import { DEFAULT_BACKGROUND } from '../../flow/executor.js';
import type { ServerState } from '../../state.js';
import { sessionOf } from '../cookies.js';
import type { App } from '../env.js';

/** The Flow object of GET /flows/instances/{slug}/ (schema: Flow). */
function flowJson(state: ServerState, flow: FlowDef) {
  const bindings = state.catalog.stageBindings(flow.pk);
  return {
    pk: flow.pk,
    policybindingmodel_ptr_id: flow.pk,
    name: flow.name,
    slug: flow.slug,
    title: flow.title,
    designation: flow.designation,
    background: flow.background,
    background_url: flow.background || DEFAULT_BACKGROUND,
    background_themed_urls: null,
    stages: bindings.map((b) => b.stage),
    policies: state.catalog.policyBindings(flow.pk).flatMap((b) => (b.policy ? [b.policy] : [])),
    cache_count: 0,
    policy_engine_mode: flow.policy_engine_mode,
    compatibility_mode: flow.compatibility_mode,
    export_url: `/api/v3/flows/instances/${flow.slug}/export/`,
    layout: flow.layout,
    denied_action: flow.denied_action,
    authentication: flow.authentication,
  };
}

export function instanceRoutes(app: App, state: ServerState, instances403: boolean): void {
  app.get('/api/v3/flows/instances/:slug/', (c) => {
    const session = sessionOf(c, state.sessions, false);
    if (instances403 && !state.users.get(session?.userPk)) {
      return c.json({ detail: 'Authentication credentials were not provided.' }, 403);
    }
    const flow = state.catalog.flowBySlug(c.req.param('slug'));
    if (!flow) return c.json({ detail: 'No Flow matches the given query.' }, 404);
    return c.json(flowJson(state, flow));
  });
}
