// Previewing your own flows: `/if/user/` (where authentik sends a user after a flow) says who is
// logged in and offers to log out; with `preview` (`npm start -- --blueprints DIR`), `/` is
// authentik's root redirect: to `/if/user/` when logged in, else to the brand's login flow (the
// demo page stays at /index.html).
import { brandFlow } from '../../brand.js';
import type { ServerState } from '../../state.js';
import { sessionOf } from '../cookies.js';
import type { App } from '../env.js';
import { escapeHtml, html } from '../html.js';

const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

export function previewRoutes(app: App, state: ServerState, preview: boolean): void {
  app.get('/if/user/', (c) => {
    const user = state.users.get(sessionOf(c, state.sessions, false)?.userPk);
    const flowLinks = (state.ownFlows ?? [])
      .map((slug) => state.catalog.flowBySlug(slug)!)
      .map((f) => `<li>${link(`/if/flow/${f.slug}/`, f.slug)} (${escapeHtml(f.designation)})</li>`)
      .join('\n');
    const who = user
      ? `<p data-user="${escapeHtml(user.username)}">Logged in as <strong>${escapeHtml(user.username)}</strong>` +
        `${user.name ? ` (${escapeHtml(user.name)})` : ''}.</p>\n` +
        `<p>${link('/flows/-/default/invalidation/', 'Log out')}</p>`
      : `<p>Not logged in.</p>\n<p>${link('/flows/-/default/authentication/', 'Log in')}</p>`;
    const own = flowLinks ? `<h2>Your flows</h2>\n<ul>\n${flowLinks}\n</ul>` : '';
    return c.html(
      html(
        user ? `Logged in: ${escapeHtml(user.username)}` : 'Not logged in',
        `<main>\n<h1>authentik reference flow server</h1>\n${who}\n${own}\n<p>${link('/index.html', 'Demo page')}</p>\n</main>`,
      ),
    );
  });

  if (!preview) return;
  app.get('/', (c) => {
    if (state.users.get(sessionOf(c, state.sessions, false)?.userPk))
      return c.redirect('/if/user/', 302);
    const login = brandFlow(state, 'authentication');
    return c.redirect(login ? `/if/flow/${login.slug}/` : '/if/user/', 302);
  });
}
