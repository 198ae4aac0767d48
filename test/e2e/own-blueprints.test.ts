// The project's own blueprints for the features of issue 12, end to end the way a user meets them:
// the built widget in Chromium against the reference server over real HTTP, asserting what
// authentik would show. test/fixtures/blueprints/own/ (email-verified enrollment, a captcha after
// failed attempts, user settings, remember me) and test/fixtures/blueprints/models/ (invitation enrollment,
// unenrollment); the demo login logs users in. Python runs the settings' initial values.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { MODEL } from '../../server/blueprints/models.js';
import { enrol } from '../../src/testing/index.js';
import {
  field,
  finalRedirect,
  identifier,
  listenWithPython,
  inPage,
  outboxLink,
  confirmEmailLink,
  passwordField,
  signIn,
  useE2E,
} from './harness.js';

const STRONG = 'Velvet-Otter-Harbor-93';
let counter = 0;

const e2e = useE2E(() =>
  listenWithPython({
    shared: false,
    blueprints: ['own', 'models'].map((d) => resolve(`test/fixtures/blueprints/${d}`)),
  }),
);

const state = () => e2e.server.flow.state;

async function newUser(extra: { name?: string; email?: string } = {}) {
  const username = `own${process.pid}x${++counter}`;
  await state().users.create({ username, password: STRONG, ...extra });
  return { username, password: STRONG };
}

/** A scenario on a fresh page (harness `inPage`: fails on schema violations or page errors). */
const scenario = (fn: (page: Page) => Promise<void>) => inPage(e2e.browser, fn);

/** The demo login, answering "stay signed in?" with No. */
async function logIn(page: Page, user: { username: string; password: string }) {
  await page.goto(`${e2e.server.url}/if/flow/demo-login/?next=%2Fok%2F`);
  await signIn(page, user);
  await page.locator('ak-stage-user-login').getByRole('button', { name: 'No' }).click();
  await page.waitForURL(`${e2e.server.url}/ok/`);
}

describe('own blueprints, end to end', () => {
  test('email-verified enrollment: inactive until the emailed link is opened, then logged in', () =>
    scenario(async (page) => {
      const username = `verified${process.pid}x${++counter}`;
      const email = `${username}@example.com`;
      await page.goto(`${e2e.server.url}/if/flow/own-enrollment-verified/`);
      await enrol(page, {
        Username: username,
        Email: email,
        Password: STRONG,
        'Password (repeat)': STRONG,
      });
      await page
        .locator('ak-stage-email')
        .getByRole('heading', { name: 'Check your inbox' })
        .waitFor();
      assert.equal(state().users.byUsername(username)?.is_active, false, 'inactive until verified');
      await page.goto(await outboxLink(e2e.server, email));
      await confirmEmailLink(page);
      // The link resumes the flow: email verified, logged in, redirected.
      await finalRedirect(page, e2e.server.url);
      assert.equal(state().users.byUsername(username)?.is_active, true, 'activated by the link');
    }));

  test('invitation enrollment: the invitation pre-fills the form and is used up', () =>
    scenario(async (page) => {
      const invitation = state().catalog.registry.find(MODEL.invitation, [
        ['name', 'invitation-for-ada'],
      ]);
      assert.ok(invitation);
      const url = `${e2e.server.url}/if/flow/invitation-enrollment/?itoken=${invitation.pk}`;
      await page.goto(url);
      const stage = page.locator('ak-stage-prompt');
      assert.equal(await field(stage, 'Email').inputValue(), 'ada@example.com');
      const username = `ada${process.pid}x${++counter}`;
      await enrol(page, { Username: username, Password: STRONG });
      await finalRedirect(page, e2e.server.url);
      assert.equal(state().users.byUsername(username)?.email, 'ada@example.com');
      // Single use: the same link now finds no invitation.
      await page.goto(url);
      await page
        .locator('ak-stage-access-denied')
        .getByText('Invalid invite/invite not found')
        .waitFor();
    }));

  test('unenrollment: the logged-in account is deleted', () =>
    scenario(async (page) => {
      const user = await newUser();
      await logIn(page, user);
      await page.goto(`${e2e.server.url}/if/flow/unenrollment/`);
      await finalRedirect(page, e2e.server.url);
      assert.equal(state().users.byUsername(user.username), undefined, 'the account is gone');
    }));

  test('a captcha after failed attempts: none at first, three wrong passwords, then the captcha', () =>
    scenario(async (page) => {
      const user = await newUser();
      const flowUrl = `${e2e.server.url}/if/flow/own-captcha-login/?next=%2Fok%2F`;
      await page.goto(flowUrl);
      await identifier(page).fill(user.username);
      await identifier(page).press('Enter');
      // A good reputation: straight to the password, no captcha.
      await passwordField(page).waitFor();
      assert.equal(await page.locator('ak-stage-captcha').count(), 0);
      for (let i = 1; i <= 3; i++) {
        await passwordField(page).fill(`wrong-${i}`);
        // Each answer before the next try (the widget sends one submission at a time).
        await Promise.all([
          page.waitForResponse(
            (r) => r.url().includes('/api/v3/flows/executor/') && r.request().method() === 'POST',
          ),
          passwordField(page).press('Enter'),
        ]);
      }
      // The third failure cancels the attempt, as authentik does.
      await page.locator('ak-stage-access-denied').getByText('Invalid password').waitFor();

      await page.goto(flowUrl);
      await identifier(page).fill(user.username);
      await identifier(page).press('Enter');
      const captcha = page.locator('ak-stage-captcha');
      await captcha.locator('button.dev-captcha').click();
      await passwordField(page).fill(user.password);
      await passwordField(page).press('Enter');
      await page.waitForURL(`${e2e.server.url}/ok/`);
    }));

  test('remember me: a returning user goes straight to the password; "Not you?" forgets them', () =>
    scenario(async (page) => {
      const user = await newUser();
      const flowUrl = `${e2e.server.url}/if/flow/own-remember-login/`;
      const remember = page.getByRole('checkbox', { name: /remember me/i });
      await page.goto(flowUrl);
      await identifier(page).fill(user.username);
      await remember.check();
      await identifier(page).press('Enter');
      await passwordField(page).waitFor();
      // Back on this device in a new session (the old one's plan would resume at the password
      // stage by itself): the identifier goes by itself, the password is asked for.
      await page.context().clearCookies();
      await page.goto(flowUrl);
      await page.locator('ak-stage-password').getByText(user.username, { exact: true }).waitFor();
      await page.getByRole('button', { name: /not you/i }).click();
      await identifier(page).waitFor();
      assert.equal(await identifier(page).inputValue(), '');
      assert.equal(await remember.isChecked(), false);
      // Forgotten on the next visit too.
      await page.context().clearCookies();
      await page.goto(flowUrl);
      await identifier(page).waitFor();
      assert.equal(await identifier(page).inputValue(), '');
    }));

  test('user settings: the form starts from the user, and the changes are saved', () =>
    scenario(async (page) => {
      const user = await newUser({ name: 'Ada Byron', email: 'ada.byron@example.com' });
      await logIn(page, user);
      await page.goto(`${e2e.server.url}/if/flow/own-user-settings/`);
      const stage = page.locator('ak-stage-prompt');
      await field(stage, 'Name').waitFor();
      assert.equal(await field(stage, 'Name').inputValue(), 'Ada Byron');
      assert.equal(await field(stage, 'Email').inputValue(), 'ada.byron@example.com');
      await field(stage, 'Name').fill('Ada Lovelace');
      await field(stage, 'Locale').selectOption('de');
      await field(stage, 'Name').press('Enter');
      await finalRedirect(page, e2e.server.url);
      const saved = state().users.byUsername(user.username)!;
      assert.equal(saved.name, 'Ada Lovelace');
      assert.deepEqual(saved.attributes?.settings, { locale: 'de' });
      // Opened again, the form shows what was saved.
      await page.goto(`${e2e.server.url}/if/flow/own-user-settings/`);
      await field(stage, 'Name').waitFor();
      assert.equal(await field(stage, 'Name').inputValue(), 'Ada Lovelace');
      assert.equal(await field(stage, 'Locale').inputValue(), 'de');
    }));
});
