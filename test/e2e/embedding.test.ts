// How pages embed the widget: a strict CSP with Trusted Types, the classic IIFE script tag, and a
// cross-origin page talking to authentik through a CORS allow-list.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEMO,
  field,
  identifier,
  listen,
  openPage,
  signIn,
  startServer,
  useE2E,
} from './harness.js';
import type { Listening } from './harness.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'";

const page =
  (body: string | (() => string), headers: Record<string, string> = {}) =>
  () =>
    new Response(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title>` +
        `<link rel="icon" href="data:,"></head><body><main>${typeof body === 'string' ? body : body()}</main></body></html>`,
      { headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } },
    );

function enrollmentPolicyPk(): string {
  const { catalog } = e2e.server.flow.state;
  return catalog.flowPasswordPolicy(catalog.flowBySlug('demo-enrollment')!.pk)!.pk;
}

const e2e = useE2E(() =>
  startServer(
    {},
    {
      '/embed/csp-login/': page(
        '<script type="module" src="/static/dist/ak-flow.js"></script>' +
          '<ak-flow-executor slug="demo-login"></ak-flow-executor>',
        { 'Content-Security-Policy': STRICT_CSP },
      ),
      '/embed/csp-enrollment/': page(
        () =>
          '<script type="module" src="/static/dist/ak-flow.js"></script>' +
          `<ak-flow-executor slug="demo-enrollment" password-policy="${enrollmentPolicyPk()}" ` +
          'hibp-range-url="/dev/pwned"></ak-flow-executor>',
        { 'Content-Security-Policy': STRICT_CSP },
      ),
      '/embed/iife/': page(
        '<script src="/static/dist/ak-flow.iife.js"></script>' +
          '<ak-flow-executor slug="demo-login"></ak-flow-executor>',
      ),
    },
  ),
);

/** A separate "application" origin: its page and a copy of the widget bundle, nothing else. */
async function serveApp() {
  let authentik = '';
  const handler = (req: Request): Response => {
    const { pathname } = new URL(req.url);
    if (pathname.startsWith('/widget/')) {
      const file = join('dist/cdn', pathname.slice('/widget/'.length));
      if (!file.startsWith('dist/cdn/') || !existsSync(file))
        return new Response('no', { status: 404 });
      return new Response(readFileSync(file), { headers: { 'Content-Type': 'text/javascript' } });
    }
    if (pathname === '/') {
      return page(
        '<script type="module" src="/widget/ak-flow.js"></script>' +
          `<ak-flow-executor slug="demo-login" base-url="${authentik}"></ak-flow-executor>` +
          // `next` is relative to authentik, as on a real one: the app takes the redirect itself.
          '<script type="module">document.addEventListener("ak-flow-redirect", (e) => {' +
          ' e.preventDefault(); location.assign(new URL(e.detail.to).pathname); });</script>',
      )();
    }
    return page(`<p>${pathname}</p>`)();
  };
  const fakeFlow = { app: { fetch: handler } } as unknown as Listening['flow'];
  const listening = await listen(fakeFlow);
  return { ...listening, setAuthentik: (url: string) => (authentik = url) };
}

/** Records CSP violations from the first script on (init scripts are not subject to the CSP). */
async function watchViolations(p: Page): Promise<() => Promise<string[]>> {
  await p.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return () => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('e2e: embedding', () => {
  it('works under a strict CSP with Trusted Types: login, no violation', async () => {
    const { context, page: p, problems } = await openPage(e2e.browser);
    const violations = await watchViolations(p);
    await p.goto(`${e2e.server.url}/embed/csp-login/`);
    await signIn(p, DEMO);
    await p.getByRole('button', { name: 'Yes' }).waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works under a strict CSP with Trusted Types: enrollment with sanitized HTML and the policy checklist', async () => {
    const { context, page: p, problems } = await openPage(e2e.browser);
    const violations = await watchViolations(p);
    await p.goto(`${e2e.server.url}/embed/csp-enrollment/`);
    await field(p, 'Password').fill('password');
    await p
      .locator('ak-password-policy-input')
      .getByText('At least 8 characters', { exact: true })
      .waitFor();
    // Let the debounced breach check and the strength meter (lazy zxcvbn chunk) run: wait for
    // their verdicts in their status lines, not for "Checking known breaches…", which /breach/
    // would match at once (nor the live region, which repeats the verdicts).
    const checklist = p.locator('ak-password-policy-input');
    await checklist.locator('[part="breach"]', { hasText: /Found in \d[\d,]* breach/ }).waitFor();
    await checklist
      .locator('[part="strength"]', { hasText: /Strength: (very weak|weak|fair|good|strong)/i })
      .waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('cross origin: a page on another origin logs in through a CORS allow-list, with credentials', async () => {
    // The app's own origin hosts the page and the bundle; authentik (the reference server) is
    // elsewhere and allows that origin, as a reverse proxy in front of authentik would.
    const app = await serveApp();
    const auth = await startServer({ corsOrigins: [app.url] });
    try {
      app.setAuthentik(auth.url);
      const { context, page: p, problems } = await openPage(e2e.browser);
      const allowed: (string | undefined)[] = [];
      p.on('response', (r) => {
        if (r.url().startsWith(`${auth.url}/api/v3/flows/executor/`)) {
          allowed.push(r.headers()['access-control-allow-origin']);
        }
      });
      await p.goto(`${app.url}/?next=%2Fback-in-the-app%2F`);
      await signIn(p, DEMO);
      await p.getByRole('button', { name: 'Yes' }).click();
      await p.waitForURL(`${app.url}/back-in-the-app/`);
      // Every executor answer was a CORS answer to the app's origin, and the session cookie
      // (credentials: include) carried the plan from one call to the next.
      assert.ok(allowed.length >= 3, JSON.stringify(allowed));
      assert.ok(
        allowed.every((origin) => origin === app.url),
        JSON.stringify(allowed),
      );
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await auth.close();
      await app.close();
    }
  });

  it('the classic IIFE bundle renders a stage from one script tag', async () => {
    const { context, page: p, problems } = await openPage(e2e.browser);
    await p.goto(`${e2e.server.url}/embed/iife/`);
    await identifier(p).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
