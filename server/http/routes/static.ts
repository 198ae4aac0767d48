// Static files: `/static/dist/*` from the built widget (dist/cdn, compressed and cached as
// production would serve it: http/dist-files.ts), `/static/demo/*` from the built
// stage gallery and its fixtures (dist/demo; 404 until built), everything else from demo/. Last
// in the app: what none of them has is a JSON 404 under /api/, an HTML one elsewhere.
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import { distFiles } from '../dist-files.js';
import type { App, Env } from '../env.js';
import { notFoundPage } from '../html.js';

export interface StaticDirs {
  /** Served at /static/dist/. */
  distDir: string;
  /** Served at /static/demo/. */
  demoDistDir: string;
  /** Served at /. */
  demoDir: string;
}

/** Serves `root` under the URL prefix `prefix` (e.g. `/static/dist`). */
const mount = (prefix: string, root: string) =>
  serveStatic({ root, rewriteRequestPath: (p) => p.slice(prefix.length) });

/**
 * Like `mount`, for a folder another build step may create later: while it is missing, requests
 * fall through (to a 404), without serveStatic's "root path is not found" line at every start.
 */
function mountWhenBuilt(prefix: string, root: string): MiddlewareHandler<Env> {
  let serve: MiddlewareHandler | undefined;
  return async (c, next) => {
    if (!existsSync(root)) return next();
    serve ??= mount(prefix, root);
    return serve(c, next);
  };
}

export function staticRoutes(app: App, dirs: StaticDirs): void {
  // Compressed, with ETags and cache lifetimes (dist-files.ts); serveStatic for the rest.
  app.use('/static/dist/*', distFiles('/static/dist', dirs.distDir));
  app.use('/static/dist/*', mount('/static/dist', dirs.distDir));
  app.use('/static/demo/*', mountWhenBuilt('/static/demo', dirs.demoDistDir));
  app.use('/*', serveStatic({ root: dirs.demoDir }));
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ detail: 'Not found.' }, 404) : notFoundPage(),
  );
}
