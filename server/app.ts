// The reference flow server: authentik's flow protocol (executor, instances, password policies,
// brand, cancel, flow pages) over blueprint-defined flows, for the demo and end-to-end tests.
// This file loads the blueprints into the server state and mounts the routes of http/routes/.
import { acceptLanguage } from './i18n/index.js';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyBlueprints, readBlueprintDir } from './blueprints/loader.js';
import { Catalog, type FlowDef } from './blueprints/models.js';
import { sharedEngine, type ExpressionEngine } from './expressions/engine.js';
import { countExpressions } from './expressions/run.js';
import { Registry } from './blueprints/registry.js';
import { reportPolicies } from './flow/policy-report.js';
import { reportMfa } from './flow/stages/index.js';
import { writeCookies } from './http/cookies.js';
import { apiCors } from './http/cors.js';
import type { App } from './http/env.js';
import { Faults, faultRoutes } from './dev/faults.js';
import { devRoutes } from './http/routes/dev.js';
import { devProviderRoutes } from './http/routes/dev-providers.js';
import { applicationRoutes } from './http/routes/applications.js';
import { executorRoutes } from './http/routes/executor.js';
import { flowPageRoutes } from './http/routes/flow-pages.js';
import { instanceRoutes } from './http/routes/instances.js';
import { policyRoutes } from './http/routes/policies.js';
import { previewRoutes } from './http/routes/preview.js';
import { flowsFrom } from './brand.js';
import { staticRoutes } from './http/routes/static.js';
import { seedBlueprintUsers } from './model/groups.js';
import { UserStore } from './model/users.js';
import { Outbox } from './outbox.js';
import { PwnedRanges } from './pwned.js';
import { Reputation } from './reputation.js';
import { Report } from './report.js';
import { SessionStore } from './session.js';
import type { ServerState } from './state.js';

export type { ServerState } from './state.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_BLUEPRINTS = fileURLToPath(new URL('./blueprints/demo', import.meta.url));
export const SHARED_BLUEPRINTS = fileURLToPath(
  new URL('../../shared/fixtures/blueprints', import.meta.url),
);
export const DEMO_USER = {
  username: 'demo',
  password: 'Demo-Flow-2026',
  name: 'Demo User',
  email: 'demo@example.com',
};
export const BRAND_TITLE = 'authentik';

export interface FlowServerOptions {
  /** More blueprint folders to load (after the demo and shared ones). */
  blueprints?: string[];
  /** Load server/blueprints/demo (default true). */
  demo?: boolean;
  /** Load ../shared/fixtures/blueprints when it exists (default true). */
  shared?: boolean;
  /** Persist users to this JSON file. */
  dataFile?: string;
  /** Answer /flows/instances/ with 403 for anonymous users, like real authentik. */
  instances403?: boolean;
  /** Origins allowed to call /api/ cross-origin with credentials. */
  corsOrigins?: string[];
  /** Where the built widget is (served at /static/dist/); default dist/cdn. */
  distDir?: string;
  /** Where the built stage gallery and its fixtures are (served at /static/demo/); default dist/demo. */
  demoDistDir?: string;
  /** Where the demo pages are (served at /); default demo/. */
  demoDir?: string;
  /**
   * Previewing your own flows (`npm start -- --blueprints DIR`): the flows of `blueprints` are the
   * brand's defaults, and `/` redirects as authentik's root does (to `/if/user/` when logged in,
   * else to the login flow) instead of showing the demo page.
   */
  preview?: boolean;
  /** Test-only fault injection on the executor API (server/dev/faults.ts); default off. */
  faults?: boolean;
  /** The Python engine for expressions; default one per process, started on first use. */
  expressions?: ExpressionEngine;
  /** The clock (ms since the epoch) for consent expiry and rate limits; default Date.now. */
  clock?: () => number;
}

export interface FlowServer {
  app: App;
  fetch: (request: Request) => Promise<Response>;
  state: ServerState;
  flows: FlowDef[];
  report: Report;
  demoUser: typeof DEMO_USER;
  /** Only with `faults: true`. */
  faults?: Faults;
}

/** Loads the blueprints (reporting what cannot run here) and seeds the demo user. */
function createState(options: FlowServerOptions): ServerState {
  const report = new Report();
  const dirs: string[] = [];
  if (options.demo ?? true) dirs.push(DEMO_BLUEPRINTS);
  if (options.shared ?? true) {
    if (existsSync(SHARED_BLUEPRINTS)) dirs.push(SHARED_BLUEPRINTS);
    else report.info(`${SHARED_BLUEPRINTS} not found: shared fixture blueprints skipped`);
  }
  dirs.push(...(options.blueprints ?? []));
  const registry = new Registry();
  applyBlueprints(
    dirs.flatMap((d) => readBlueprintDir(d, report)),
    registry,
    { report },
  );
  const catalog = new Catalog(registry);
  reportPolicies(catalog, report);
  const counted = countExpressions(catalog);
  if (counted.policies + counted.prompts) {
    report.info(
      `${counted.policies} expression policies and ${counted.prompts} prompt expressions run as Python (Pyodide, in a worker thread)`,
    );
  }
  reportMfa(report);

  const ownFlows = options.preview ? flowsFrom({ catalog }, options.blueprints ?? []) : [];
  const users = new UserStore(options.dataFile);
  users.seed({ ...DEMO_USER });
  seedBlueprintUsers(catalog, users, report);
  return {
    catalog,
    report,
    users,
    sessions: new SessionStore(),
    outbox: new Outbox(),
    pwned: new PwnedRanges(),
    tokens: new Map(),
    brandTitle: BRAND_TITLE,
    expressions: options.expressions ?? sharedEngine(),
    reputation: new Reputation(),
    now: options.clock ?? Date.now,
    emailAttempts: new Map(),
    consents: [],
    ownFlows,
  };
}

export function createFlowServer(options: FlowServerOptions = {}): FlowServer {
  const state = createState(options);
  const corsOrigins = options.corsOrigins ?? [];
  const app: App = new Hono();

  app.use('*', acceptLanguage);
  app.use('*', writeCookies);
  if (corsOrigins.length) app.use('/api/*', apiCors(corsOrigins));
  const faults = options.faults ? new Faults(state.sessions) : undefined;
  if (faults) faultRoutes(app, faults);
  executorRoutes(app, state, corsOrigins);
  instanceRoutes(app, state, options.instances403 ?? false);
  policyRoutes(app, state);
  const distDir = options.distDir ?? `${REPO_ROOT}dist/cdn`;
  flowPageRoutes(app, state, distDir);
  devRoutes(app, state);
  devProviderRoutes(app, state);
  applicationRoutes(app, state);
  previewRoutes(app, state, options.preview ?? false);
  staticRoutes(app, {
    distDir,
    demoDistDir: options.demoDistDir ?? `${REPO_ROOT}dist/demo`,
    demoDir: options.demoDir ?? `${REPO_ROOT}demo`,
  });

  return {
    app,
    fetch: async (request: Request) => app.fetch(request),
    state,
    flows: state.catalog.flows(),
    report: state.report,
    demoUser: DEMO_USER,
    faults,
  };
}
