// End-to-end harness: the built script-tag bundle, the reference server on a real port, and
// Chromium driven by playwright-core. Every executor exchange is checked against schema.yml.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createFlowServer } from '../../server/app.js';
import { acceptClientWebSocket } from '../../server/http/websocket.js';
import type { FlowServer, FlowServerOptions } from '../../server/app.js';
import { loadContract } from '../unit/server/schema.js';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';

export const DEMO = { username: 'demo', password: 'Demo-Flow-2026' };

/** What scripts/build.mjs writes: the library, its manifest, and apart from it the demo. */
const BUILT = [
  'dist/cdn/ak-flow.js',
  'dist/cdn/stage-chunks.json',
  'dist/npm/index.js',
  'dist/npm/src/react/index.js',
  'dist/npm/src/testing/index.js',
  'custom-elements.json',
  'dist/demo/gallery/stages.js',
];

/** e2e runs the real bundle: build once if this checkout has none (or one of an older layout). */
export function ensureBuilt(): void {
  if (!BUILT.every((file) => existsSync(file))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  }
}

export interface Listening {
  url: string;
  port: number;
  flow: FlowServer;
  close(): Promise<void>;
}

/** A server on a real port with its Python expression engine started; closing stops both. */
export async function listenWithPython(options: FlowServerOptions): Promise<Listening> {
  const listening = await listen(createFlowServer(options));
  await listening.flow.state.expressions.start();
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await listening.flow.state.expressions.close();
    },
  };
}

/** Extra pages a test serves beside the flow server (e.g. one with a strict CSP). */
export type ExtraPages = Record<string, () => Response>;

/** Serves a flow server over real HTTP (port 0: any free port). */
export function listen(flow: FlowServer, port = 0, extra: ExtraPages = {}): Promise<Listening> {
  // `env` carries the node request (the fault hook closes its socket).
  const fetch = (req: Request, env?: unknown) =>
    extra[new URL(req.url).pathname]?.() ?? flow.app.fetch(req, env);
  return new Promise((resolve) => {
    let closeSockets = () => {};
    const server: ServerType = serve({ fetch, port, hostname: '127.0.0.1' }, (info) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        flow,
        close: () =>
          new Promise<void>((done) => {
            closeSockets();
            (server as import('node:http').Server).closeAllConnections?.();
            server.close(() => done());
          }),
      }),
    );
    // authentik's own flow page (../shared/tools/authentik-ui) opens /ws/client/: kept idle.
    closeSockets = acceptClientWebSocket(server as import('node:http').Server);
  });
}

export function startServer(
  options: FlowServerOptions = {},
  extra: ExtraPages = {},
): Promise<Listening> {
  return listen(createFlowServer(options), 0, extra);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
}

export interface E2E {
  browser: Browser;
  server: Listening;
  /**
   * `http://localhost:<port>`: the server under the name WebAuthn accepts as a secure context with
   * a valid relying-party id (an IP address is not one), for the tests that need it.
   */
  base: string;
}

/**
 * What every e2e file does around its tests: the build (if this checkout has none), a reference
 * server on a free port (`start`; the demo blueprints by default), and Chromium; both closed after
 * the file's tests. The fields are there once the file's tests run.
 */
export function useE2E(start: () => Promise<Listening> = () => startServer()): E2E {
  const e2e = {} as E2E;
  before(async () => {
    ensureBuilt();
    e2e.server = await start();
    e2e.base = `http://localhost:${e2e.server.port}`;
    e2e.browser = await launch();
  });
  after(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
  });
  return e2e;
}

const contract = loadContract();

/**
 * A fresh browser context whose executor traffic is validated against authentik's schema, and
 * whose page errors are collected: a test fails on either.
 */
/** Runs `fn` on a fresh page of its own context; fails on schema violations or page errors. */
export async function inPage(browser: Browser, fn: (page: Page) => Promise<void>): Promise<void> {
  const { context, page, problems } = await openPage(browser);
  try {
    await fn(page);
    assert.deepEqual(problems, [], 'schema violations or page errors');
  } finally {
    await context.close();
  }
}

export async function openPage(browser: Browser): Promise<{
  context: BrowserContext;
  page: Page;
  problems: string[];
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const check = (what: string, schemaName: string | undefined, body: unknown) => {
    if (!schemaName)
      return problems.push(`${what}: no schema for ${JSON.stringify(body).slice(0, 80)}`);
    const validate = contract.schema(schemaName);
    if (!validate(body)) problems.push(`${what} ${schemaName}: ${JSON.stringify(validate.errors)}`);
  };
  page.on('request', (req) => {
    if (req.method() !== 'POST' || !req.url().includes('/api/v3/flows/executor/')) return;
    const body = req.postDataJSON() as { component?: string };
    check('request', contract.requestSchemas[body.component ?? ''], body);
  });
  page.on('response', async (res) => {
    if (!res.url().includes('/api/v3/flows/executor/') || res.status() !== 200) return;
    if (!(res.headers()['content-type'] ?? '').includes('json')) return;
    try {
      const body = (await res.json()) as { component?: string };
      check('response', contract.challengeSchemas[body.component ?? ''], body);
    } catch {
      // The page navigated away before the body could be read.
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return { context, page, problems };
}

/** The outbox's newest message to `to`, and its first link. */
export async function outboxLink(server: Listening, to: string): Promise<string> {
  const messages = (await (await fetch(`${server.url}/dev/outbox`)).json()) as {
    to: string;
    links?: string[];
    body?: string;
  }[];
  const mine = messages.filter((m) => m.to === to).at(-1);
  if (!mine) throw new Error(`no mail to ${to}`);
  const link = mine.links?.[0] ?? mine.body?.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link in the mail to ${to}`);
  return link;
}

/**
 * An emailed link opens on a confirmation first (authentik's pickle_flow_token_for_email: a consent
 * stage, so that a mail scanner opening the link does not use it up): confirms it.
 */
export async function confirmEmailLink(page: Page): Promise<void> {
  const stage = page.locator('ak-stage-consent');
  await stage.getByText('Continue to confirm this email address.').waitFor();
  await stage.locator('button[type="submit"]').click();
}

/**
 * Chrome's virtual platform authenticator (resident keys, user verification, presence simulated)
 * on `page`, through the DevTools protocol: WebAuthn without a person or a security key.
 */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

// The page helpers are the package's own (`@ak-widget/flow/testing`): the tests use what
// integrators are given, so those stay true to the widget.
export {
  field,
  identifierField as identifier,
  passwordField,
  signIn,
} from '../../src/testing/index.js';

/** The flow's final redirect to `origin`'s root (where the demo flows end without `next`). */
export const finalRedirect = (page: Page, origin: string) =>
  page.waitForURL((url) => url.pathname === '/' && url.origin === origin, { timeout: 15000 });
