// A flow for an application, as a user meets it: an application's OAuth2 authorize URL sends a
// logged-out browser to the login flow ("Log in to continue to Team Notes."), then to the
// provider's authorization flow, whose consent stage names the application and what it asks
// for; consent given, the browser lands on the application with a code. The consent is
// remembered (mode: expiring, four weeks): the next visit goes straight through, until the
// server's clock (moved by the test, never waited for) passes its expiry.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createFlowServer } from '../../server/app.js';
import { DEMO, listen, openPage, signIn, useE2E } from './harness.js';

let now = Date.now();
const e2e = useE2E(() =>
  listen(
    createFlowServer({
      shared: false,
      blueprints: [resolve('test/fixtures/blueprints/apps')],
      clock: () => now,
    }),
  ),
);

const authorizeUrl = () => {
  const q = new URLSearchParams({
    client_id: 'team-notes',
    redirect_uri: `${e2e.server.url}/dev/oauth/callback`,
    response_type: 'code',
    scope: 'openid email profile',
    state: 'e2e-state',
  });
  return `${e2e.server.url}/application/o/authorize/?${q.toString()}`;
};

test('consent names the application, is remembered (expiring), and asked again once expired', async () => {
  const { context, page, problems } = await openPage(e2e.browser);
  const components: string[] = [];
  let executorGets = 0;
  page.on('request', (req) => {
    if (req.url().includes('/api/v3/flows/executor/consent-expiring/')) executorGets++;
  });
  page.on('response', async (res) => {
    if (!res.url().includes('/api/v3/flows/executor/') || res.status() !== 200) return;
    try {
      components.push(String(((await res.json()) as { component?: string }).component));
    } catch {
      // navigated away
    }
  });
  const atApplication = async () => {
    await page.waitForURL((u) => u.pathname === '/dev/oauth/callback', { timeout: 15000 });
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('state'), 'e2e-state');
    assert.match(url.searchParams.get('code') ?? '', /^dev-code\./);
  };
  try {
    await page.goto(authorizeUrl());
    const identification = page.locator('ak-stage-identification');
    await identification.getByText('Log in to continue to \u2068Team Notes\u2069.').waitFor();
    await signIn(page, DEMO);
    // demo-login asks whether to stay signed in.
    await page.locator('ak-stage-user-login').getByRole('button', { name: 'No' }).click();

    const consent = page.locator('ak-stage-consent');
    await consent.getByRole('heading', { name: "You're about to sign into Team Notes." }).waitFor();
    await consent.getByText('Email address').waitFor();
    await consent.getByText('General Profile Information').waitFor();
    await page.waitForFunction(() => document.title.includes('Redirecting to Team Notes'));
    await consent.locator('button[type="submit"]').click();
    await atApplication();

    // Back a week later: remembered, no consent card.
    now += 7 * 86_400_000;
    components.length = 0;
    executorGets = 0;
    await page.goto(authorizeUrl());
    await atApplication();
    // It went through the authorization flow, and reached the application without a click.
    assert.ok(executorGets > 0);
    assert.ok(!components.includes('ak-stage-consent'), components.join(', '));

    // Four weeks after it was given, the consent has expired: asked again.
    now += 21 * 86_400_000 + 1000;
    await page.goto(authorizeUrl());
    await consent.getByRole('heading', { name: "You're about to sign into Team Notes." }).waitFor();
    await consent.locator('button[type="submit"]').click();
    await atApplication();
    assert.deepEqual(problems, [], 'schema violations or page errors');
  } finally {
    await context.close();
  }
});
