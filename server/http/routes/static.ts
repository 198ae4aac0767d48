// Static files: `/static/dist/*` from the built widget (dist/cdn), everything else from demo/.
// Last in the app: what none of them has is a JSON 404 under /api/, an HTML one elsewhere.
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from '../env.js';
import { notFoundPage } from '../html.js';

export interface StaticDirs {
  /** Served at /static/dist/. */
  distDir: string;
  /** Served at /. */
  demoDir: string;
}

/** Serves `root` under the URL prefix `prefix` (e.g. `/static/dist`). */
const mount = (prefix: string, root: string) =>
  serveStatic({ root, rewriteRequestPath: (p) => p.slice(prefix.length) });

export function staticRoutes(app: App, dirs: StaticDirs): void {
  app.use('/static/dist/*', mount('/static/dist', dirs.distDir));
  app.use('/*', serveStatic({ root: dirs.demoDir }));
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ detail: 'Not found.' }, 404) : notFoundPage(),
  );
}
