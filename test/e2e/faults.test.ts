// Faults, end to end: the built widget in Chromium against the reference server over real HTTP,
// with the faults injected at the server (server/dev/faults.ts, on only with `faults: true`).
// For each fault, on the first load and on a submit: a clear error with a way on, what was typed
// kept, one POST per user action, and once the fault is lifted the retry goes on and the login
// completes. A lost session (a restarted server, a session cookie gone) is said, and the username
// typed before is filled in again. The browser-level equivalents against a scripted mock are in
// test/browser/executor/ (executor.test.ts, robustness.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createFlowServer } from '../../server/app.js';
import type { FaultKind } from '../../server/dev/faults.js';
import { html } from '../../server/http/html.js';
import {
  DEMO,
  ensureBuilt,
  finalRedirect,
  identifier,
  launch,
  listen,
  openPage,
  passwordField,
  type ExtraPages,
  type Listening,
} from './harness.js';

/** The widget's own time-out on this page (ms): the `timeout` fault outlasts it. */
const TIMEOUT_MS = 2500;
const PAGE = '/faults/';

const extra: ExtraPages = {
  [PAGE]: () =>
    new Response(
      html(
        'Faults',
        '<script type="module" src="/static/dist/ak-flow.js"></script>\n' +
          `<ak-flow-executor slug="demo-login" timeout="${TIMEOUT_MS}"></ak-flow-executor>`,
      ),
      { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    ),
};

let browser: Browser;
let server: Listening;

const start = (port = 0) => listen(createFlowServer({ faults: true }), port, extra);

before(async () => {
  ensureBuilt();
  server = await start();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Each fault, what the card says about it (the words of messages.ts), and where it applies. */
const FAULTS: { kind: FaultKind; words: RegExp; onLoad: boolean }[] = [
  { kind: 'drop', words: /Could not reach the sign-in service/, onLoad: true },
  { kind: 'timeout', words: /took too long to answer/, onLoad: true },
  { kind: '500', words: /had a problem \(HTTP 500\)/, onLoad: true },
  { kind: 'html-404', words: /This sign-in flow does not exist/, onLoad: true },
  { kind: 'garbage-json', words: /sent data that could not be read/, onLoad: true },
  { kind: 'no-component', words: /sent an answer this page does not understand/, onLoad: true },
  { kind: 'redirect-html', words: /sent a web page instead of data/, onLoad: true },
  // Django checks CSRF on POST only.
  { kind: 'csrf-403', words: /refused the request \(HTTP 403\)/, onLoad: false },
];

/** Faults answered 2xx (a body that is no challenge, or a redirect to a page the fetch follows). */
const ANSWERED_2XX: FaultKind[] = ['garbage-json', 'no-component', 'redirect-html'];

/** The executor POSTs the page sent (Chromium's own silent re-sends are not page requests). */
function countPosts(page: Page): () => number {
  let posts = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().includes('/api/v3/flows/executor/')) posts++;
  });
  return () => posts;
}

const requestError = (page: Page) => page.locator('[part="request-error"]');

/** The error's message is an alert with the words (its retry button sits beside it, not in it). */
async function expectError(page: Page, words: RegExp): Promise<void> {
  const box = requestError(page);
  await box.waitFor();
  const alert = box.getByRole('alert');
  assert.equal(await alert.count(), 1, 'one alert');
  assert.match((await alert.textContent()) ?? '', words);
}

async function retry(page: Page): Promise<void> {
  await requestError(page).getByRole('button').click();
  await requestError(page).waitFor({ state: 'detached' });
}

/** After the password: the user-login stage may ask to stay signed in; then the redirect. */
async function finish(page: Page): Promise<void> {
  const yes = page.getByRole('button', { name: 'Yes' });
  const done = finalRedirect(page, server.url);
  await Promise.race([done, yes.waitFor().then(() => yes.click())]);
  await done;
}

describe('e2e faults: a clear error, nothing typed lost, one POST per action, the retry goes on', () => {
  for (const { kind, words, onLoad } of FAULTS) {
    it(kind, async () => {
      const faults = server.flow.faults!;
      const { context, page, problems } = await openPage(browser);
      const posts = countPosts(page);
      try {
        if (onLoad) {
          faults.set(kind, 'GET');
          await page.goto(`${server.url}${PAGE}`);
          await expectError(page, words);
          assert.ok(faults.hits >= 1, 'the fault was met');
          faults.lift();
          await retry(page);
        } else {
          await page.goto(`${server.url}${PAGE}`);
        }
        await identifier(page).fill(DEMO.username);
        await identifier(page).press('Enter');
        await passwordField(page).fill(DEMO.password);
        assert.equal(posts(), 1, 'one POST for the username');

        faults.set(kind, 'POST');
        await passwordField(page).press('Enter');
        await expectError(page, words);
        assert.equal(posts(), 2, 'one POST for the password, none re-sent by the widget');
        assert.equal(await passwordField(page).inputValue(), DEMO.password, 'the password kept');
        assert.equal(await passwordField(page).isEditable(), true, 'the form usable again');

        faults.lift();
        await retry(page);
        if (ANSWERED_2XX.includes(kind)) {
          // A 2xx the widget could not read: the server may have the password already, so the
          // retry asks where the flow stands; the password stage is still there, as typed, and
          // the user sends it.
          await passwordField(page).waitFor();
          assert.equal(posts(), 2, 'the retry re-reads, it does not re-send the password');
          assert.equal(await passwordField(page).inputValue(), DEMO.password, 'still typed');
          const sent = page.waitForRequest(
            (r) => r.method() === 'POST' && r.url().includes('/api/v3/flows/executor/'),
          );
          await passwordField(page).press('Enter');
          await sent;
        }
        assert.equal(posts(), 3, 'one POST for the retry');
        await finish(page);
        // The injected non-challenge is the only answer without a schema; nothing else is wrong.
        assert.deepEqual(
          problems.filter(
            (p) => !p.startsWith('response: no schema for {"detail":"not a challenge"'),
          ),
          [],
        );
      } finally {
        faults.lift();
        await context.close();
      }
    });
  }
});

describe('e2e faults: a lost session is said and the username typed before is filled in again', () => {
  /** Username and password typed; `lose` loses the session; the password sent. */
  async function lostSession(lose: (page: Page) => Promise<void>): Promise<void> {
    const { context, page, problems } = await openPage(browser);
    const posts = countPosts(page);
    try {
      await page.goto(`${server.url}${PAGE}`);
      await identifier(page).fill(DEMO.username);
      await identifier(page).press('Enter');
      await passwordField(page).fill(DEMO.password);
      await lose(page);
      await passwordField(page).press('Enter');
      const notice = page.locator('[part="notice"]');
      await notice.waitFor();
      assert.match((await notice.textContent()) ?? '', /had to start over/);
      assert.equal(posts(), 2, 'one POST per action');
      assert.equal(await identifier(page).inputValue(), DEMO.username, 'the username kept');
      await identifier(page).press('Enter');
      await passwordField(page).fill(DEMO.password);
      await passwordField(page).press('Enter');
      await page.locator('ak-stage-password').waitFor({ state: 'detached' });
      assert.equal(posts(), 4, 'one POST per action');
      await finish(page);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }

  it('the server restarted mid-flow (its sessions gone)', () =>
    lostSession(async () => {
      const port = server.port;
      await server.close();
      server = await start(port);
    }));

  it('the session cookie gone mid-flow', () =>
    lostSession(async (page) => {
      const cookies = await page.context().cookies();
      await page.context().clearCookies();
      await page
        .context()
        .addCookies(cookies.filter((cookie) => cookie.name !== 'authentik_session'));
    }));

  it('the session forgotten by the server (the session-lost fault)', () =>
    lostSession(async () => {
      server.flow.faults!.set('session-lost', 'POST');
    }));
});
