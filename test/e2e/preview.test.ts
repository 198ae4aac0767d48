// Previewing your own flows (issue 12 item 4), as `npm start -- --blueprints DIR` does it: your
// flows are the brand's defaults, `/` goes to your login flow, and a finished flow lands on a page
// that says who is logged in and offers to log out. Here "your flows" are authentik's stock ones.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createFlowServer } from '../../server/app.js';
import { DEMO, ensureBuilt, launch, listen, openPage, signIn, type Listening } from './harness.js';

let browser: Browser;
let server: Listening;

before(async () => {
  ensureBuilt();
  server = await listen(
    createFlowServer({
      preview: true,
      shared: false,
      blueprints: [resolve('test/fixtures/blueprints/authentik-default/default')],
    }),
  );
  await server.flow.state.expressions.start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await server?.flow.state.expressions.close();
});

test('your login flow at /, then who is logged in, then log out through your logout flow', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    assert.equal(server.flow.state.ownFlows?.includes('default-authentication-flow'), true);
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/if/flow/default-authentication-flow/`);
    await signIn(page, DEMO);
    await page.waitForURL(`${server.url}/if/user/`);
    await page.getByText(`Logged in as ${DEMO.username}`).waitFor();
    await page.getByRole('link', { name: 'Log out' }).click();
    // The brand's invalidation flow is yours too: it logs out and ends at /, which now goes to
    // the login flow again.
    await page.waitForURL(`${server.url}/if/flow/default-authentication-flow/`);
    await page.goto(`${server.url}/if/user/`);
    await page.getByText('Not logged in.').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
