// The reference flow server: authentik's flow protocol (executor, instances, password policies,
// brand, cancel, flow pages) over blueprint-defined flows, for the demo and end-to-end tests.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyBlueprints, readBlueprintDir, Registry } from './blueprints/loader.js';
import { Catalog, type FlowDef } from './blueprints/models.js';
import { isRelativeUrl } from './flow/challenge.js';
import { CANCEL_URL, FlowExecution, type ServerState } from './flow/executor.js';
import { reportMfa } from './flow/mfa.js';
import { reportPolicies } from './flow/plan.js';
import { Outbox } from './outbox.js';
import { passwordPolicyJson } from './policy.js';
import { PwnedRanges } from './pwned.js';
import { Report } from './report.js';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  SessionStore,
  newToken,
  type Session,
} from './session.js';
import { UserStore } from './users.js';

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
  /** Where the demo pages are (served at /); default demo/. */
  demoDir?: string;
}

export interface FlowServer {
  app: Hono<Env>;
  fetch: (request: Request) => Promise<Response>;
  state: ServerState;
  flows: FlowDef[];
  report: Report;
  demoUser: typeof DEMO_USER;
}

interface Env {
  Variables: { session?: Session; csrf?: string };
}

const html = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
  `<title>${title}</title>\n<link rel="icon" href="data:,">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const notFoundPage = () =>
  new Response(
    html('Not Found', '<h1>Not Found</h1>\n<p>The requested resource was not found.</p>'),
    {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    },
  );

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
    background_url: flow.background || '/assets/flow-background.svg',
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

export function createFlowServer(options: FlowServerOptions = {}): FlowServer {
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
  reportMfa(report);

  const users = new UserStore(options.dataFile);
  users.seed({ ...DEMO_USER });
  const state: ServerState = {
    catalog,
    report,
    users,
    sessions: new SessionStore(),
    outbox: new Outbox(),
    pwned: new PwnedRanges(),
    tokens: new Map(),
    brandTitle: BRAND_TITLE,
  };
  const corsOrigins = options.corsOrigins ?? [];
  const app = new Hono<Env>();

  /** The request's session; `create` makes one (and its cookie) when there is none. */
  const sessionOf = (c: Context<Env>, create: boolean): Session | undefined => {
    let session = c.get('session') ?? state.sessions.get(getCookie(c, SESSION_COOKIE));
    if (!session && create) session = state.sessions.create();
    if (session) c.set('session', session);
    return session;
  };

  // Cookies: a new or rotated session id, and authentik_csrf (readable by scripts, like Django's).
  app.use('*', async (c, next) => {
    await next();
    const session = c.get('session');
    if (session && session.id !== getCookie(c, SESSION_COOKIE)) {
      const maxAge = session.expiresAt
        ? Math.round((session.expiresAt - Date.now()) / 1000)
        : undefined;
      c.res.headers.append(
        'Set-Cookie',
        generateCookie(SESSION_COOKIE, session.id, {
          path: '/',
          httpOnly: true,
          sameSite: 'Lax',
          maxAge,
        }),
      );
    }
    const csrf = c.get('csrf') ?? (getCookie(c, CSRF_COOKIE) ? undefined : newToken());
    if (csrf) {
      c.res.headers.append(
        'Set-Cookie',
        generateCookie(CSRF_COOKIE, csrf, { path: '/', sameSite: 'Lax', maxAge: 31449600 }),
      );
    }
  });

  if (corsOrigins.length) {
    app.use(
      '/api/*',
      cors({
        origin: corsOrigins,
        credentials: true,
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Accept', 'Accept-Language', CSRF_HEADER],
        maxAge: 600,
      }),
    );
  }

  /** Django's CSRF check as DRF's SessionAuthentication applies it: only for logged-in users. */
  const csrfFailure = (c: Context<Env>, session: Session): string | undefined => {
    if (!state.users.get(session.userPk)) return undefined;
    const origin = c.req.header('Origin');
    const self = new URL(c.req.url).origin;
    if (origin && origin !== self && !corsOrigins.includes(origin)) {
      return `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`;
    }
    const cookie = getCookie(c, CSRF_COOKIE);
    if (!cookie) return 'CSRF Failed: CSRF cookie not set.';
    const header = c.req.header(CSRF_HEADER);
    if (!header) return 'CSRF Failed: CSRF token missing.';
    if (header !== cookie) {
      return `CSRF Failed: CSRF token from the '${CSRF_HEADER}' HTTP header incorrect.`;
    }
    return undefined;
  };

  const executor = async (c: Context<Env>) => {
    const flow = catalog.flowBySlug(c.req.param('slug') ?? '');
    if (!flow) return notFoundPage();
    const session = sessionOf(c, true)!;
    let body: Record<string, unknown> = {};
    if (c.req.method === 'POST') {
      const failure = csrfFailure(c, session);
      if (failure) return c.json({ detail: failure }, 403);
      const type = c.req.header('Content-Type') ?? '';
      try {
        if (
          type.includes('application/x-www-form-urlencoded') ||
          type.includes('multipart/form-data')
        ) {
          body = Object.fromEntries(
            Object.entries(await c.req.parseBody()).map(([k, v]) => [
              k,
              typeof v === 'string' ? v : '',
            ]),
          );
        } else {
          const text = await c.req.text();
          const parsed: unknown = text ? JSON.parse(text) : {};
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not an object');
          body = parsed as Record<string, unknown>;
        }
      } catch (err) {
        return c.json({ detail: `JSON parse error - ${(err as Error).message}` }, 400);
      }
    }
    const execution = new FlowExecution(state, flow, {
      method: c.req.method === 'POST' ? 'POST' : 'GET',
      url: new URL(c.req.url),
      session,
      body,
      rotateCsrf: () => c.set('csrf', newToken()),
    });
    return execution.run();
  };
  app.get('/api/v3/flows/executor/:slug/', executor);
  app.post('/api/v3/flows/executor/:slug/', executor);

  app.get('/api/v3/flows/instances/:slug/', (c) => {
    const session = sessionOf(c, false);
    if (options.instances403 && !state.users.get(session?.userPk)) {
      return c.json({ detail: 'Authentication credentials were not provided.' }, 403);
    }
    const flow = catalog.flowBySlug(c.req.param('slug'));
    if (!flow) return c.json({ detail: 'No Flow matches the given query.' }, 404);
    return c.json(flowJson(state, flow));
  });

  app.get('/api/v3/policies/password/:uuid/', (c) => {
    const policy = catalog.passwordPolicies().find((p) => p.pk === c.req.param('uuid'));
    if (!policy) return c.json({ detail: 'No PasswordPolicy matches the given query.' }, 404);
    const boundTo =
      catalog.registry.objects.filter((o) => o.attrs.policy === policy.pk).length +
      catalog.registry.objects.filter(
        (o) =>
          Array.isArray(o.attrs.validation_policies) &&
          o.attrs.validation_policies.includes(policy.pk),
      ).length;
    return c.json(passwordPolicyJson(policy, boundTo));
  });

  app.get('/api/v3/core/brands/current/', (c) => {
    const slugOf = (designation: string) => catalog.flowByDesignation(designation)?.slug ?? '';
    return c.json({
      matched_domain: new URL(c.req.url).hostname,
      branding_title: BRAND_TITLE,
      branding_logo: '/assets/logo.svg',
      branding_logo_themed_urls: null,
      branding_favicon: '/assets/logo.svg',
      branding_favicon_themed_urls: null,
      branding_custom_css: '',
      branding_map_tiles: '',
      ui_footer_links: [],
      ui_theme: 'automatic',
      flow_authentication: catalog.flowBySlug('demo-login')
        ? 'demo-login'
        : slugOf('authentication'),
      flow_invalidation: catalog.flowBySlug('demo-logout') ? 'demo-logout' : slugOf('invalidation'),
      flow_recovery: slugOf('recovery'),
      flow_unenrollment: slugOf('unenrollment'),
      flow_user_settings: '',
      flow_device_code: '',
      default_locale: '',
      flags: { flows_continuous_login: false, flows_refresh_others: false },
    });
  });

  app.get(CANCEL_URL, (c) => {
    const session = sessionOf(c, false);
    if (session) delete session.plan;
    const next = c.req.query('next');
    if (next && isRelativeUrl(next)) return c.redirect(next, 302);
    return c.redirect('/flows/-/default/invalidation/', 302);
  });

  app.get('/flows/-/default/:designation/', (c) => {
    const designation = c.req.param('designation');
    const brandDefault = { authentication: 'demo-login', invalidation: 'demo-logout' }[designation];
    const flow =
      (brandDefault ? catalog.flowBySlug(brandDefault) : undefined) ??
      catalog.flowByDesignation(designation);
    if (!flow) return notFoundPage();
    const query = new URL(c.req.url).search;
    return c.redirect(`/if/flow/${flow.slug}/${query}`, 302);
  });

  app.get('/if/flow/:slug/', (c) => {
    const flow = catalog.flowBySlug(c.req.param('slug'));
    if (!flow) return notFoundPage();
    // The demo hands the widget the flow's password policy so the checklist shows live; on a
    // real authentik reading a policy needs admin rights, so a deployment passes it explicitly.
    const policy = catalog.flowPasswordPolicy(flow.pk);
    const policyAttrs = policy
      ? ` password-policy="${escapeHtml(policy.pk)}" hibp-range-url="/dev/pwned"`
      : '';
    return c.html(
      html(
        escapeHtml(flow.title),
        `<script type="module" src="/static/dist/ak-flow.js"></script>\n` +
          `<ak-flow-executor slug="${escapeHtml(flow.slug)}"${policyAttrs}></ak-flow-executor>`,
      ),
    );
  });

  app.get('/dev/outbox', (c) => c.json(state.outbox.messages));
  app.get('/dev/pwned/range/:prefix', (c) => {
    const prefix = c.req.param('prefix');
    if (!/^[0-9a-fA-F]{5}$/.test(prefix))
      return c.text('The hash prefix was not in a valid format', 400);
    return c.text(state.pwned.range(prefix));
  });

  const distDir = options.distDir ?? `${REPO_ROOT}dist/cdn`;
  const demoDir = options.demoDir ?? `${REPO_ROOT}demo`;
  app.use(
    '/static/dist/*',
    serveStatic({ root: distDir, rewriteRequestPath: (p) => p.replace(/^\/static\/dist/, '') }),
  );
  app.use('/*', serveStatic({ root: demoDir }));
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ detail: 'Not found.' }, 404) : notFoundPage(),
  );

  return {
    app,
    fetch: async (request: Request) => app.fetch(request),
    state,
    flows: catalog.flows(),
    report,
    demoUser: DEMO_USER,
  };
}
