// The built widget, the reference server and Chromium, over real HTTP: the flows a person meets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DEMO,
  field,
  identifier,
  listen,
  inPage,
  openPage,
  outboxLink,
  confirmEmailLink,
  passwordField,
  startServer,
  useE2E,
} from './harness.js';
import type { Listening } from './harness.js';
import { evaluatePasswordPolicy } from '../../src/policy/index.js';

const STRONG = 'Velvet-Otter-Harbor-93';

const e2e = useE2E(() => startServer({ blueprints: [resolve('test/fixtures/blueprints')] }));

/** A scenario on a fresh page (harness `inPage`: fails on schema violations or page errors). */
const scenario = (fn: (page: Page) => Promise<void>) => inPage(e2e.browser, fn);

const password = passwordField;

async function identify(page: Page, uid: string) {
  await identifier(page).fill(uid);
  await identifier(page).press('Enter');
  await password(page).waitFor();
}

describe('e2e: the widget against the reference server', () => {
  it('logs in from the demo page (script tag only): identification, password, stay signed in, redirect', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/?next=%2Fsigned-in%2F`);
      await identify(page, DEMO.username);
      await password(page).fill(DEMO.password);
      await password(page).press('Enter');
      await page.getByRole('button', { name: 'Yes' }).click();
      await page.waitForURL(`${e2e.server.url}/signed-in/`);
    }));

  it('a wrong password: the error at the field, the user kept, then the right one works', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/if/flow/demo-login/?next=%2Fok%2F`);
      await identify(page, DEMO.username);
      await password(page).fill('not-the-password');
      await password(page).press('Enter');
      await page.locator('input[type=password][aria-invalid=true]').waitFor();
      const describedBy = await password(page).getAttribute('aria-describedby');
      assert.ok(describedBy, 'the password field points at its error');
      const errorText = await page
        .locator(`[id="${describedBy!.split(' ').at(-1)}"]`)
        .textContent();
      assert.match(errorText ?? '', /invalid|incorrect|wrong/i);
      await page.locator('ak-stage-password').getByText(DEMO.username, { exact: true }).waitFor();
      assert.equal(await password(page).inputValue(), 'not-the-password', 'nothing typed is lost');
      await password(page).fill(DEMO.password);
      await password(page).press('Enter');
      await page.getByRole('button', { name: 'Yes' }).waitFor();
    }));

  it('"Not you?" cancels the plan and starts again at identification', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/if/flow/demo-login/`);
      await identify(page, DEMO.username);
      await page.getByRole('button', { name: /not you/i }).click();
      // The identification stage's own field: the password stage has a hidden "Username" input
      // too, so a page-wide match would pass before the new stage arrived.
      await identifier(page).waitFor();
      assert.equal(await page.locator('ak-stage-password').count(), 0);
      assert.equal(await identifier(page).getAttribute('readonly'), null, 'an editable field');
    }));

  it('a login_hint answers the identification stage; "Not you?" then shows it empty, once', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/if/flow/demo-login/?login_hint=${DEMO.username}`);
      await password(page).waitFor();
      await page.locator('ak-stage-password').getByText(DEMO.username, { exact: true }).waitFor();
      await page.getByRole('button', { name: /not you/i }).click();
      await identifier(page).waitFor();
      assert.equal(await identifier(page).inputValue(), '', 'no hint filled in again');
      await identify(page, 'someone-else');
      await page.locator('ak-stage-password').getByText('someone-else', { exact: true }).waitFor();
    }));

  it('enrollment: the checklist and the server agree; the new user can then log in', () =>
    scenario(async (page) => {
      const username = `e2e-${Date.now().toString(36)}`;
      await page.goto(`${e2e.server.url}/if/flow/demo-enrollment/?next=%2Fenrolled%2F`);
      await field(page, 'Username').fill(username);
      await field(page, 'Name').fill('E2E Person');
      await field(page, 'Email').fill(`${username}@example.com`);
      const pw = field(page, 'Password');
      const repeat = field(page, 'Password (repeat)');
      const checklist = page.locator('ak-password-policy-input');
      const serverErrors = page.locator('ak-stage-prompt [part="errors"]');
      // The widget's own verdict, from the same module and the policy the page was given.
      const verdict = async (password: string) => {
        const { catalog } = e2e.server.flow.state;
        const pk = catalog.flowPasswordPolicy(catalog.flowBySlug('demo-enrollment')!.pk)!.pk;
        const policy = await (
          await fetch(`${e2e.server.url}/api/v3/policies/password/${pk}/`)
        ).json();
        return evaluatePasswordPolicy(policy, password, {
          hibpRangeUrl: `${e2e.server.url}/dev/pwned`,
        });
      };

      // Too short: the checklist marks the rule before anything is sent; the server says the same.
      await pw.fill('short');
      await checklist.getByText('At least 8 characters', { exact: true }).waitFor();
      await repeat.fill('short');
      await repeat.press('Enter');
      await serverErrors.waitFor();
      const short = await verdict('short');
      assert.equal(short.passing, false);
      assert.equal((await serverErrors.innerText()).trim(), short.messages.join('\n'));

      // Meets the static rules but is breached: flagged live, rejected with the same message.
      // The verdict in its status line: "Not found in known breaches" (for "short") and
      // "Checking known breaches…" are on screen before it, and would match /breach/.
      await pw.fill('Password1');
      await checklist.locator('[part="breach"]', { hasText: /Found in \d[\d,]* breach/ }).waitFor();
      await repeat.fill('Password1');
      await repeat.press('Enter');
      const breached = await verdict('Password1');
      assert.equal(breached.failed, 'hibp');
      await serverErrors.getByText(breached.messages[0]).waitFor();

      await pw.fill(STRONG);
      await repeat.fill(STRONG);
      assert.equal((await verdict(STRONG)).passing, true, 'the checklist accepts it');
      await repeat.press('Enter');
      await page.waitForURL(`${e2e.server.url}/enrolled/`); // and so does the server
    }).then(() =>
      scenario(async (page) => {
        // A fresh browser: the user enrolled above logs in.
        const users = [...e2e.server.flow.state.users.all()].map((u) => u.username);
        const username = users.filter((u) => u.startsWith('e2e-')).at(-1)!;
        await page.goto(`${e2e.server.url}/if/flow/demo-login/`);
        await identify(page, username);
        await password(page).fill(STRONG);
        await password(page).press('Enter');
        await page.getByRole('button', { name: 'Yes' }).waitFor();
      }),
    ));

  it('recovery by an email link from the outbox', async () => {
    const own = await startServer();
    try {
      const { context, page, problems } = await openPage(e2e.browser);
      const email = own.flow.demoUser.email;
      await page.goto(`${own.url}/if/flow/demo-recovery/`);
      await identifier(page).fill(email);
      await identifier(page).press('Enter');
      await page
        .getByText(/check your (inbox|email)/i)
        .first()
        .waitFor();
      const link = await outboxLink(own, email);
      const resumed = new URL(link.replace(/^https?:\/\/[^/]+/, own.url));
      resumed.searchParams.set('next', '/recovered/');
      await page.goto(resumed.href);
      await confirmEmailLink(page);
      await field(page, 'New password').fill(STRONG);
      await field(page, 'New password (repeat)').fill(STRONG);
      await field(page, 'New password (repeat)').press('Enter');
      await page.waitForURL(`${own.url}/recovered/`);
      await context.close();
      assert.deepEqual(problems, []);
      // The new password works in a fresh browser.
      await scenarioOn(own, async (p) => {
        await p.goto(`${own.url}/if/flow/demo-login/`);
        await identify(p, DEMO.username);
        await password(p).fill(STRONG);
        await password(p).press('Enter');
        await p.getByRole('button', { name: 'Yes' }).waitFor();
      });
    } finally {
      await own.close();
    }
  });

  it('access denied, then "Go back" drops the plan and starts again', () =>
    scenario(async (page) => {
      const cancels: string[] = [];
      page.on('request', (r) => r.url().includes('/flows/-/cancel/') && cancels.push(r.url()));
      await page.goto(`${e2e.server.url}/if/flow/demo-denied/`);
      await page
        .getByText(/denied/i)
        .first()
        .waitFor();
      const again = page.waitForResponse((r) =>
        r.url().includes('/api/v3/flows/executor/demo-denied/'),
      );
      await page.getByRole('button', { name: 'Go back' }).click();
      await again;
      assert.equal(cancels.length, 1);
    }));

  it('an unknown slug: a clear error', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/`);
      await page.evaluate(() => {
        document.querySelector('ak-flow-executor')!.setAttribute('slug', 'no-such-flow');
      });
      await page.getByText('This sign-in flow does not exist.').waitFor();
    }));

  it('the server going away mid-flow: a clear error, nothing lost, retry works when it is back', async () => {
    const own = await startServer();
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      await page.goto(`${own.url}/if/flow/demo-login/`);
      await identifier(page).fill(DEMO.username);
      await own.close();
      await identifier(page).press('Enter');
      await page.getByText(/could not reach/i).waitFor();
      assert.equal(await identifier(page).inputValue(), DEMO.username);
      const back = await listen(own.flow, own.port);
      try {
        await page.getByRole('button', { name: 'Try again' }).click();
        await password(page).waitFor();
        assert.deepEqual(problems, []);
      } finally {
        await back.close();
      }
    } finally {
      await context.close();
    }
  });

  it('compatibility mode from the flow instance: the form is in light DOM for password managers', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/if/flow/e2e-compat-login/`);
      await identifier(page).waitFor();
      // What a password-manager extension sees: no shadow roots crossed.
      const seen = await page.evaluate(() => ({
        forms: document.querySelectorAll('form').length,
        inputs: [...document.querySelectorAll('input')].map((i) => i.autocomplete),
      }));
      assert.equal(seen.forms, 1);
      assert.ok(seen.inputs.includes('username'), JSON.stringify(seen));
      await identify(page, DEMO.username);
      const pw = await page.evaluate(() =>
        [...document.querySelectorAll('input[type=password]')].map((i) =>
          i.getAttribute('autocomplete'),
        ),
      );
      assert.deepEqual(pw, ['current-password']);
    }));
});

async function scenarioOn(_server: Listening, fn: (page: Page) => Promise<void>) {
  await scenario(fn);
}
