// `GET|POST /api/v3/flows/executor/{slug}/`: the flow executor API (CSRF-checked, JSON or form
// bodies), one FlowExecution per request.
import { FlowExecution } from '../../flow/executor.js';
import { newToken } from '../../session.js';
import type { ServerState } from '../../state.js';
import { sessionOf } from '../cookies.js';
import { csrfFailure } from '../csrf.js';
import type { App, RequestContext } from '../env.js';
import { notFoundPage } from '../html.js';
import { MAX_JSON_DEPTH, jsonDepth, limitBody } from '../limits.js';
import { MAX_FORM_FIELDS } from '../../flow/field-limits.js';

/** Django's TooManyFieldsSent, answered with 400 as Django does. */
class TooManyFields extends Error {}
const TOO_MANY_FIELDS =
  'The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.';

/** The POST body as an object: form fields as strings, or a JSON object. */
async function parseBody(c: RequestContext): Promise<Record<string, unknown>> {
  const type = c.req.header('Content-Type') ?? '';
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    const form = await c.req.parseBody();
    if (Object.keys(form).length > MAX_FORM_FIELDS) throw new TooManyFields();
    return Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
    );
  }
  const text = await c.req.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('not an object');
  if (jsonDepth(parsed) > MAX_JSON_DEPTH) throw new Error('nested too deeply');
  return parsed as Record<string, unknown>;
}

export function executorRoutes(app: App, state: ServerState, trustedOrigins: string[]): void {
  const executor = async (c: RequestContext) => {
    const flow = state.catalog.flowBySlug(c.req.param('slug') ?? '');
    if (!flow) return notFoundPage();
    const session = sessionOf(c, state.sessions, true)!;
    let body: Record<string, unknown> = {};
    if (c.req.method === 'POST') {
      const failure = csrfFailure(c, session, state.users, trustedOrigins);
      if (failure) return c.json({ detail: failure }, 403);
      try {
        body = await parseBody(c);
      } catch (err) {
        if (err instanceof TooManyFields) return c.json({ detail: TOO_MANY_FIELDS }, 400);
        return c.json({ detail: `JSON parse error - ${(err as Error).message}` }, 400);
      }
    }
    const execution = new FlowExecution(state, flow, {
      method: c.req.method === 'POST' ? 'POST' : 'GET',
      url: new URL(c.req.url),
      headers: Object.fromEntries(c.req.raw.headers),
      session,
      body,
      rotateCsrf: () => c.set('csrf', newToken()),
    });
    return execution.run();
  };
  app.get('/api/v3/flows/executor/:slug/', executor);
  app.post('/api/v3/flows/executor/:slug/', limitBody, executor);
}
