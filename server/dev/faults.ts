// Test-only fault injection on the flow executor API: what a bad network, a broken proxy or a
// restarted server does to a request. Off unless the server is created with `faults: true`
// (`npm start -- --faults`); never on by default. A fault stays on until lifted, so a browser that
// quietly re-sends a request (Chromium does on a dropped keep-alive connection) meets it again,
// and the test decides when the service "comes back". `session-lost` fires once.
//
//   in process:  server.faults.set('500', 'POST') ... server.faults.lift()
//   over HTTP:   POST /dev/faults?kind=500&method=POST   DELETE /dev/faults   GET /dev/faults
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { App, Env } from '../http/env.js';
import { SESSION_COOKIE } from '../http/cookies.js';
import { getCookie } from 'hono/cookie';
import type { SessionStore } from '../session.js';

export const FAULT_KINDS = [
  /** The connection is closed after the request arrived, without an answer. */
  'drop',
  /** No answer until the fault is lifted (then the connection is closed). */
  'timeout',
  /** Django's production 500 page. */
  '500',
  /** Django's HTML 404 page, as a proxy in front of a moved service answers. */
  'html-404',
  /** 200 with a JSON content type and a body cut off mid-way. */
  'garbage-json',
  /** 200 JSON that is not a challenge: no `component`. */
  'no-component',
  /** A 302 to an HTML page (a login wall or a maintenance page in front of the API). */
  'redirect-html',
  /** DRF's answer to a missing or wrong CSRF token. */
  'csrf-403',
  /** The request's session is forgotten, as a restart of the server forgets it (fires once). */
  'session-lost',
  /**
   * The right answer, `SLOW_ANSWER_MS` late: authentik's executor takes 50-300 ms on a real
   * server, where this one answers at once (the bench's "answer after the script").
   */
  'slow',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** How late a `slow` answer comes. */
export const SLOW_ANSWER_MS = 150;

export const FAULT_PAGE = '/dev/faults/maintenance/';

interface Active {
  kind: FaultKind;
  /** Only requests of this method; both when unset. */
  method?: 'GET' | 'POST';
}

export class Faults {
  private active?: Active;
  private readonly held = new Set<() => void>();
  /** Requests the current fault was applied to (reset by set()). */
  hits = 0;

  constructor(private readonly sessions: SessionStore) {}

  get current(): Active | undefined {
    return this.active;
  }

  set(kind: FaultKind, method?: 'GET' | 'POST'): void {
    this.lift();
    this.active = { kind, method };
    this.hits = 0;
  }

  /** The service is back: later requests pass, requests held by `timeout` are dropped. */
  lift(): void {
    this.active = undefined;
    for (const release of this.held) release();
    this.held.clear();
  }

  readonly middleware: MiddlewareHandler<Env> = async (c, next) => {
    const fault = this.active;
    if (!fault || (fault.method && fault.method !== c.req.method)) return next();
    this.hits++;
    const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
    switch (fault.kind) {
      case 'drop':
        socket?.destroy();
        return new Response(null, { status: 500 });
      case 'timeout':
        await new Promise<void>((release) => this.held.add(release));
        socket?.destroy();
        return new Response(null, { status: 504 });
      case '500':
        return c.html(
          '<!doctype html>\n<title>Server Error (500)</title>\n<h1>Server Error (500)</h1>\n',
          500,
        );
      case 'html-404':
        return c.html('<!doctype html>\n<title>Not Found</title>\n<h1>Not Found</h1>\n', 404);
      case 'garbage-json':
        return c.body('{"component": "ak-stage-pass', 200, { 'Content-Type': 'application/json' });
      case 'no-component':
        return c.json({ detail: 'not a challenge', flow_info: { title: 'x' } });
      case 'redirect-html':
        return c.redirect(FAULT_PAGE, 302);
      case 'csrf-403':
        return c.json({ detail: 'CSRF Failed: CSRF token missing.' }, 403);
      case 'session-lost':
        this.sessions.forget(getCookie(c, SESSION_COOKIE));
        this.active = undefined;
        return next();
      case 'slow':
        await new Promise((later) => setTimeout(later, SLOW_ANSWER_MS));
        return next();
    }
  };
}

/** The fault middleware on the executor API and its control endpoints. */
export function faultRoutes(app: App, faults: Faults): void {
  app.use('/api/v3/flows/executor/*', faults.middleware);
  app.get(FAULT_PAGE, (c) =>
    c.html('<!doctype html>\n<title>Maintenance</title>\n<h1>Down for maintenance</h1>\n'),
  );
  app.get('/dev/faults', (c) => c.json({ kinds: FAULT_KINDS, active: faults.current ?? null }));
  app.post('/dev/faults', (c) => {
    const kind = c.req.query('kind') as FaultKind;
    const method = c.req.query('method')?.toUpperCase();
    if (!FAULT_KINDS.includes(kind))
      return c.json({ kind: [`One of ${FAULT_KINDS.join(', ')}.`] }, 400);
    if (method && method !== 'GET' && method !== 'POST')
      return c.json({ method: ['GET or POST.'] }, 400);
    faults.set(kind, method as 'GET' | 'POST' | undefined);
    return c.json({ active: faults.current });
  });
  app.delete('/dev/faults', (c) => {
    faults.lift();
    return c.json({ active: null });
  });
}
