// The browser-facing flow URLs: `/if/flow/{slug}/` (a page with the widget), the designation
// defaults `/flows/-/default/{designation}/` and `/flows/-/cancel/`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brandFlow } from '../../brand.js';
import { isExpired } from '../../expiry.js';
import { isRelativeUrl } from '../../flow/challenge.js';
import { CANCEL_URL } from '../../flow/executor.js';
import { firstStageComponents } from '../../flow/first-stages.js';
import type { ServerState } from '../../state.js';
import { sessionOf } from '../cookies.js';
import type { App } from '../env.js';
import { escapeHtml, html, notFoundPage } from '../html.js';

/** The flow page's own styles: full bleed, light or dark with the system. */
const FLOW_PAGE_CSS =
  ':root{color-scheme:light dark;background:#f0f0f0}' +
  '@media (prefers-color-scheme:dark){:root{background:#18191a}}' +
  'body{margin:0}' +
  'ak-flow-executor{--ak-min-height:100vh}';

/**
 * The build's table of each lazy stage's chunks (`stage-chunks.json` beside the script, written by
 * rollup.config.mjs), read at each page so a rebuild is seen; empty when there is none.
 */
function stageChunks(distDir: string): Record<string, string[]> {
  try {
    const table: unknown = JSON.parse(readFileSync(join(distDir, 'stage-chunks.json'), 'utf8'));
    if (!table || typeof table !== 'object' || Array.isArray(table)) return {};
    return Object.fromEntries(
      Object.entries(table).map(([tag, files]) => [
        tag,
        Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [],
      ]),
    );
  } catch {
    return {};
  }
}

/** `distDir`: the built widget, served at /static/dist/. */
export function flowPageRoutes(app: App, state: ServerState, distDir: string): void {
  const { catalog } = state;

  app.get(CANCEL_URL, (c) => {
    const session = sessionOf(c, state.sessions, false);
    if (session) {
      delete session.plan;
      // SESSION_KEY_OVERRIDE_LOGIN_HINT: a login_hint must not skip the user straight back.
      session.overrideLoginHint = true;
    }
    const next = c.req.query('next');
    if (next && isRelativeUrl(next)) return c.redirect(next, 302);
    return c.redirect('/flows/-/default/invalidation/', 302);
  });

  app.get('/flows/-/default/:designation/', (c) => {
    const flow = brandFlow(state, c.req.param('designation'));
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
    // As authentik's own flow page: the flow's background over the whole viewport (no body
    // margin, a dark page in dark mode), the card centred or the sidebar at full height, the
    // first field focused on load. Everything the first stage needs starts with the script, not after it: the widget's own
    // first requests (same URLs, same credentials mode) are answered from these preloads, so the
    // first stage is two round trips away (this page, then all of these at once).
    const query = new URL(c.req.url).search.replace(/^\?/, '');
    const slug = encodeURIComponent(flow.slug);
    const preload = [
      `/api/v3/flows/executor/${slug}/?query=${encodeURIComponent(query)}`,
      `/api/v3/flows/instances/${slug}/`,
      ...(policy ? [`/api/v3/policies/password/${encodeURIComponent(policy.pk)}/`] : []),
      // The page shows the brand (the `brand` attribute below).
      '/api/v3/core/brands/current/',
    ]
      .map((url) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(url)}">\n`)
      .join('');
    // The modules the first paint needs besides the script: the challenge checks and the brand's
    // element (imported once the executor runs, so without this a third round trip), and the
    // chunks of the stage the flow starts on when that is not in the script (else a third and a
    // fourth: the stage's chunk once its challenge is in, then the policy control, which a
    // prompt stage loads as it first renders when the page gives a password policy).
    const session = sessionOf(c, state.sessions, false);
    // An emailed link (`flow_token`) resumes the plan saved with it (the executor restores it).
    const tokenKey = new URLSearchParams(query).get('flow_token');
    const token = tokenKey ? state.tokens.get(tokenKey) : undefined;
    const saved =
      token && token.flowPk === flow.pk && !isExpired(token.expires) ? token.plan : undefined;
    const first = firstStageComponents(catalog, flow, {
      user: state.users.get(session?.userPk),
      plan: saved ?? session?.plan,
    });
    if (policy && first.includes('ak-stage-prompt')) first.push('ak-password-policy-input');
    const chunks = stageChunks(distDir);
    const modules = [
      'chunks/validate.js',
      'chunks/brand.js',
      ...new Set(first.flatMap((tag) => chunks[tag] ?? [])),
    ]
      .map((file) => `<link rel="modulepreload" href="/static/dist/${escapeHtml(file)}">\n`)
      .join('');
    return c.html(
      html(
        escapeHtml(flow.title),
        `<style>${FLOW_PAGE_CSS}</style>\n` +
          preload +
          modules +
          `<script type="module" src="/static/dist/ak-flow.js"></script>\n` +
          `<ak-flow-executor slug="${escapeHtml(flow.slug)}"${policyAttrs} brand document-title autofocus></ak-flow-executor>`,
      ),
    );
  });
}
