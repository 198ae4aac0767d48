// Development endpoints: `GET /dev/outbox` (emails and SMS "sent", with their links) and
// `GET /dev/pwned/range/{prefix}` (an HIBP-style range API over server/data/breached.txt).
import type { ServerState } from '../../state.js';
import type { App } from '../env.js';

export function devRoutes(app: App, state: ServerState): void {
  app.get('/dev/outbox', (c) => c.json(state.outbox.messages));
  app.get('/dev/pwned/range/:prefix', (c) => {
    const prefix = c.req.param('prefix');
    if (!/^[0-9a-fA-F]{5}$/.test(prefix))
      return c.text('The hash prefix was not in a valid format', 400);
    return c.text(state.pwned.range(prefix));
  });
}
