// The widget names what breaks an embed: a cross-origin authentik that refuses the page by CORS
// (kind `cors`) and a session cookie that never sticks (kind `cookies`), each with a console hint,
// instead of a generic network error or a flow that silently starts over.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO, ensureBuilt, identifier, launch, listen, startServer } from './harness.js';
import type { Listening } from './harness.js';

let browser: Browser;

before(async () => {
  ensureBuilt();
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The application: its page (the widget pointed at `authentik`) and the bundle, nothing else. */
async function serveApp(): Promise<Listening & { setAuthentik(url: string): void }> {
  let authentik = '';
  const handler = (req: Request): Response => {
    const { pathname } = new URL(req.url);
    if (pathname.startsWith('/widget/')) {
      const file = join('dist/cdn', pathname.slice('/widget/'.length));
      if (!file.startsWith('dist/cdn/') || !existsSync(file)) {
        return new Response('no', { status: 404 });
      }
      return new Response(readFileSync(file), { headers: { 'Content-Type': 'text/javascript' } });
    }
    return new Response(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>' +
        '<link rel="icon" href="data:,"></head><body><main>' +
        '<script>window.__kinds = []; document.addEventListener("ak-flow-error", (e) => ' +
        'window.__kinds.push(e.detail.error.kind ?? e.detail.error.component));</script>' +
        '<script type="module" src="/widget/ak-flow.js"></script>' +
        `<ak-flow-executor slug="demo-login" base-url="${authentik}"></ak-flow-executor>` +
        '</main></body></html>',
      { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    );
  };
  const fakeFlow = { app: { fetch: handler } } as unknown as Listening['flow'];
  const listening = await listen(fakeFlow);
  return { ...listening, setAuthentik: (url: string) => (authentik = url) };
}

async function open(url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(url);
  return { context, page, warnings };
}

const kinds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kinds: string[] }).__kinds);

describe('e2e: the widget diagnoses a broken embed', () => {
  it('CORS: authentik is up but allows no other origin: kind "cors", a hint, the reason on screen', async () => {
    const app = await serveApp();
    const auth = await startServer({}); // no --cors-origin
    try {
      app.setAuthentik(auth.url);
      const { context, page, warnings } = await open(`${app.url}/`);
      const error = page.locator('ak-flow-executor [part="request-error"]');
      await error.getByText(/not allowed to use the sign-in service/).waitFor();
      assert.deepEqual(await kinds(page), ['cors']);
      const hint = warnings.find((w) => w.includes('CORS'));
      assert.ok(hint, warnings.join('\n'));
      assert.ok(hint.includes(`Access-Control-Allow-Origin: ${app.url}`), hint);
      assert.ok(hint.includes(`npx ak-flow doctor --authentik ${auth.url} --origin ${app.url}`));
      // A switch of language reaches the explanation on screen.
      await page.locator('ak-flow-executor').evaluate((el) => el.setAttribute('locale', 'de'));
      await error.getByText(/Diese Website darf den Anmeldedienst nicht verwenden/).waitFor();
      await context.close();
    } finally {
      await auth.close();
      await app.close();
    }
  });

  it('a server that is down stays a network error', async () => {
    const app = await serveApp();
    const auth = await startServer({});
    const gone = auth.url;
    await auth.close();
    try {
      app.setAuthentik(gone);
      const { context, page } = await open(`${app.url}/`);
      await page.locator('ak-flow-executor [part="request-error"]').waitFor();
      await page.waitForFunction(() => (window as unknown as { __kinds: string[] }).__kinds.length);
      assert.deepEqual(await kinds(page), ['network']);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('cookies: authentik on another site with SameSite=Lax cookies: the restart is named "cookies"', async () => {
    // localhost and 127.0.0.1 are different sites: CORS allows the page, but the browser neither
    // stores nor sends authentik's Lax session cookie, so every answer meets a fresh flow.
    const app = await serveApp();
    const appOrigin = `http://localhost:${app.port}`;
    const auth = await startServer({ corsOrigins: [appOrigin] });
    try {
      app.setAuthentik(auth.url);
      const { context, page, warnings } = await open(`${appOrigin}/`);
      // The first answer already meets a fresh flow: the identifier stage comes back.
      await identifier(page).fill(DEMO.username);
      await identifier(page).press('Enter');
      const error = page.locator('ak-flow-executor [part="request-error"]');
      await error.getByText(/keeps starting over/).waitFor();
      assert.deepEqual(await kinds(page), ['cookies']);
      const hint = warnings.find((w) => w.includes('SameSite=None; Secure'));
      assert.ok(hint, warnings.join('\n'));
      // The stage is still there to try again.
      await identifier(page).waitFor();
      await context.close();
    } finally {
      await auth.close();
      await app.close();
    }
  });
});
