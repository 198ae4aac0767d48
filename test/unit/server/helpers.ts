// A cookie-keeping client for the reference flow server, driven through app.fetch (no port),
// plus the scenarios (login, enrollment, recovery, ...) that several test files replay.
import assert from 'node:assert/strict';
import { createFlowServer, type FlowServer, type FlowServerOptions } from '../../../server/app.js';

export type Json = Record<string, unknown> & { component?: string };

export interface Exchange {
  method: string;
  path: string;
  request?: Json;
  status: number;
  response?: Json;
}

export const ORIGIN = 'http://localhost:9000';
const servers = new Map<string, FlowServer>();

/** One server per option set per test process (loading blueprints takes a moment). */
export function server(options: FlowServerOptions = {}): FlowServer {
  const key = JSON.stringify(options);
  if (!servers.has(key)) servers.set(key, createFlowServer(options));
  return servers.get(key)!;
}

/** A browser-like client: keeps cookies, sends the CSRF header when it can, follows 302 like fetch. */
export class Client {
  readonly cookies = new Map<string, string>();
  /** Every executor exchange, for the contract test. */
  readonly log: Exchange[] = [];
  query = '';
  /** Sent as Accept-Language on every request when set. */
  language = '';

  constructor(
    readonly app: FlowServer = server(),
    readonly origin = ORIGIN,
  ) {}

  async raw(path: string, init: RequestInit = {}, sendCsrf = true): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.language && !headers.has('Accept-Language'))
      headers.set('Accept-Language', this.language);
    if (this.cookies.size) {
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const csrf = this.cookies.get('authentik_csrf');
    if (sendCsrf && csrf && !headers.has('X-authentik-CSRF')) headers.set('X-authentik-CSRF', csrf);
    const response = await this.app.fetch(new Request(this.origin + path, { ...init, headers }));
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }

  executorPath(slug: string, query = this.query): string {
    return `/api/v3/flows/executor/${slug}/?query=${encodeURIComponent(query)}`;
  }

  /** GET the current challenge. */
  async get(slug: string): Promise<Json> {
    const path = this.executorPath(slug);
    const response = await this.raw(path, { headers: { Accept: 'application/json' } });
    assert.equal(response.status, 200, `GET ${path} answered ${response.status}`);
    const body = (await response.json()) as Json;
    this.log.push({ method: 'GET', path, status: 200, response: body });
    return body;
  }

  /** POST an answer; returns the status of the POST itself and the challenge after any 302. */
  async post(
    slug: string,
    request: Json,
    sendCsrf = true,
  ): Promise<{ status: number; body: Json; location?: string }> {
    const path = this.executorPath(slug);
    const response = await this.raw(
      path,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        redirect: 'manual',
      },
      sendCsrf,
    );
    if (response.status === 302) {
      const location = response.headers.get('Location') ?? '';
      this.log.push({ method: 'POST', path, request, status: 302 });
      // A GET that completes a stage on its own (user login) redirects again.
      let final = await this.raw(location, { redirect: 'manual' });
      for (let hops = 0; final.status === 302 && hops < 10; hops++) {
        final = await this.raw(final.headers.get('Location') ?? location, { redirect: 'manual' });
      }
      const body = (await final.json()) as Json;
      this.log.push({ method: 'GET', path: location, status: final.status, response: body });
      return { status: 302, body, location };
    }
    const text = await response.text();
    const body = (text.startsWith('{') ? JSON.parse(text) : { text }) as Json;
    this.log.push({ method: 'POST', path, request, status: response.status, response: body });
    return { status: response.status, body };
  }
}

/** Follows 302s from a GET the way fetch does (user-login without a challenge redirects). */
export async function getFollow(client: Client, slug: string): Promise<Json> {
  for (let i = 0; i < 10; i++) {
    const path = client.executorPath(slug);
    const response = await client.raw(path, { redirect: 'manual' });
    if (response.status !== 302) {
      const body = (await response.json()) as Json;
      client.log.push({ method: 'GET', path, status: response.status, response: body });
      return body;
    }
  }
  throw new Error('redirect loop');
}

export const DEMO = { username: 'demo', password: 'Demo-Flow-2026' };
export const STRONG_PASSWORD = 'Velvet-Otter-Harbor-93';

/** demo-login: identification → password → user login (remember me) → redirect. */
export async function login(client: Client, user = DEMO, slug = 'demo-login'): Promise<Json> {
  let challenge = await client.get(slug);
  assert.equal(challenge.component, 'ak-stage-identification');
  challenge = (
    await client.post(slug, { component: 'ak-stage-identification', uid_field: user.username })
  ).body;
  assert.equal(challenge.component, 'ak-stage-password');
  challenge = (await client.post(slug, { component: 'ak-stage-password', password: user.password }))
    .body;
  if (challenge.component === 'ak-stage-user-login') {
    challenge = (await client.post(slug, { component: 'ak-stage-user-login', remember_me: false }))
      .body;
  }
  assert.equal(challenge.component, 'xak-flow-redirect', JSON.stringify(challenge));
  return challenge;
}

let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}${process.pid}x${counter}`;
}

/** demo-enrollment with a fresh username; returns the credentials. */
export async function enroll(client: Client, password = STRONG_PASSWORD) {
  const username = uniqueName('newbie');
  const first = await client.get('demo-enrollment');
  assert.equal(first.component, 'ak-stage-prompt');
  const result = await client.post('demo-enrollment', {
    component: 'ak-stage-prompt',
    username,
    name: 'New Person',
    email: `${username}@example.com`,
    password,
    password_repeat: password,
  });
  return { username, password, result };
}

/** The link of the newest outbox message to `to`. */
export async function outboxLink(client: Client, to: string): Promise<URL> {
  const messages = (await (await client.raw('/dev/outbox')).json()) as {
    to: string;
    links: string[];
  }[];
  const message = messages.filter((m) => m.to === to).at(-1);
  assert.ok(message, `no email to ${to}`);
  return new URL(message.links[0]!);
}
