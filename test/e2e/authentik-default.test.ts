// authentik's own stock blueprints (test/fixtures/blueprints/authentik-default/, copied from
// goauthentik/authentik with their commits in its README), run the way a user meets them: the
// built widget in Chromium against the reference server over real HTTP, nothing else loaded
// (no demo blueprints). Expression policies and prompt expressions run as Python (Pyodide).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { createFlowServer } from '../../server/app.js';
import { addDevice, newTotpDevice } from '../../server/model/devices.js';
import { verifyPassword } from '../../server/model/users.js';
import {
  ensureBuilt,
  field,
  finalRedirect,
  launch,
  listen,
  inPage,
  outboxLink,
  confirmEmailLink,
  type Listening,
} from './harness.js';

const FIXTURES = resolve('test/fixtures/blueprints/authentik-default');
const STRONG = 'Velvet-Otter-Harbor-93';

let browser: Browser;
/** authentik's blueprints/default/ with the example recovery, enrollment and unenrollment. */
let stock: Listening;
/** The example two-factor login and two-stage enrollment (their slugs clash with the above). */
let alt: Listening;
let counter = 0;

const serve = (...dirs: string[]) =>
  listen(
    createFlowServer({
      demo: false,
      shared: false,
      blueprints: dirs.map((d) => `${FIXTURES}/${d}`),
    }),
  );

before(async () => {
  ensureBuilt();
  stock = await serve('default', 'example');
  alt = await serve('example-alt');
  // One Python engine per process: started before the first flow needs it.
  await stock.flow.state.expressions.start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await stock?.close();
  await alt?.close();
  await stock?.flow.state.expressions.close();
});

async function newUser(server: Listening) {
  const username = `stock${process.pid}x${++counter}`;
  const user = await server.flow.state.users.create({
    username,
    password: STRONG,
    email: `${username}@example.com`,
    name: 'Stock Tester',
  });
  return { user, username, password: STRONG, email: `${username}@example.com` };
}

/** A scenario on a fresh page (harness `inPage`: fails on schema violations or page errors). */
const scenario = (fn: (page: Page) => Promise<void>) => inPage(browser, fn);

/** identification → password through the widget on `slug`. */
async function firstFactor(
  page: Page,
  server: Listening,
  slug: string,
  user: { username: string; password: string },
) {
  await page.goto(`${server.url}/if/flow/${slug}/`);
  await page.locator('ak-stage-identification input[name="username"]').fill(user.username);
  await page.locator('ak-stage-identification button[type="submit"]').click();
  await page.locator('ak-stage-password input[name="password"]').fill(user.password);
  await page.locator('ak-stage-password button[type="submit"]').click();
}

/** A confirmed TOTP device for `user`, and the generator of its codes. */
function withTotp(user: Parameters<typeof addDevice>[0]): TOTP {
  const device = { ...newTotpDevice('phone'), confirmed: true };
  addDevice(user, device);
  return new TOTP({ secret: Secret.fromBase32(device.secret), digits: device.digits });
}

const done = (page: Page, server: Listening) => finalRedirect(page, server.url);

/** Logged in through authentik's default authentication flow. */
async function logIn(page: Page, user: { username: string; password: string }) {
  await firstFactor(page, stock, 'default-authentication-flow', user);
  await done(page, stock);
}

type StockUser = Awaited<ReturnType<typeof newUser>>;

/** The second factor: a TOTP device is set up for the user, its code answers the validation. */
async function secondFactor(page: Page, server: Listening) {
  const { user, username } = await newUser(server);
  const totp = withTotp(user);
  await firstFactor(page, server, 'default-authentication-flow', { username, password: STRONG });
  const validate = page.locator('ak-stage-authenticator-validate');
  await validate.locator('input[name="code"]').fill(totp.generate());
  await validate.locator('button[type="submit"]').click();
  await done(page, server);
}

/** The example enrollment's first prompt (username and password), then its second (name, email). */
async function enrol(page: Page, server: Listening, who: { username: string; name: string }) {
  await page.goto(`${server.url}/if/flow/default-enrollment-flow/`);
  let prompt = page.locator('ak-stage-prompt');
  await field(prompt, 'Username').fill(who.username);
  await field(prompt, 'Password').fill(STRONG);
  await field(prompt, 'Password (repeat)').fill(STRONG);
  await prompt.locator('button[type="submit"]').click();
  prompt = page.locator('ak-stage-prompt');
  await field(prompt, 'Name').fill(who.name);
  await field(prompt, 'Email').fill(`${who.username}@example.com`);
  await prompt.locator('button[type="submit"]').click();
}

/** The types of the user's devices, as stored. */
const deviceTypes = (user: StockUser) =>
  (stock.flow.state.users.byUsername(user.username)!.devices ?? []).map((d) => d.type);

/**
 * A flow run by a logged-in user of the stock server: a fresh user logs in through
 * default-authentication-flow, opens `slug`, does `act` there (nothing: the flow goes straight
 * through), the flow ends in its final redirect, then `check` asserts what it left behind.
 */
interface SignedInCase {
  name: string;
  slug: string;
  act?: (page: Page, user: StockUser) => Promise<void>;
  check?: (page: Page, user: StockUser) => Promise<void>;
}

const signedIn = (c: SignedInCase) =>
  test(c.name, () =>
    scenario(async (page) => {
      const user = await newUser(stock);
      await logIn(page, user);
      await page.goto(`${stock.url}/if/flow/${c.slug}/`);
      await c.act?.(page, user);
      await done(page, stock);
      await c.check?.(page, user);
    }),
  );

/** A password prompt (password and its repeat) answered with `password`. */
async function newPassword(page: Page, password: string) {
  const prompt = page.locator('ak-stage-prompt');
  await field(prompt, 'Password').fill(password);
  await field(prompt, 'Password (repeat)').fill(password);
  await prompt.locator('button[type="submit"]').click();
}

const STOCK_SIGNED_IN: SignedInCase[] = [
  {
    name: 'default-invalidation-flow: logs the user out',
    slug: 'default-invalidation-flow',
    async check(page) {
      // Logged out: the password change flow (require_authenticated) is refused now.
      await page.goto(`${stock.url}/if/flow/default-password-change/`);
      await page.locator('ak-stage-access-denied').waitFor();
    },
  },
  {
    name: 'default-password-change: a weak password is refused by the policy, a strong one saved',
    slug: 'default-password-change',
    async act(page) {
      await newPassword(page, 'short');
      await page
        .locator('ak-stage-prompt')
        .getByText('Password needs to be 8 characters or longer.')
        .first()
        .waitFor();
      await newPassword(page, 'Quiet-Lantern-Meadow-71');
    },
    async check(_page, user) {
      const stored = stock.flow.state.users.byUsername(user.username)!;
      assert.equal(await verifyPassword('Quiet-Lantern-Meadow-71', stored.password), true);
    },
  },
  {
    name: 'default-user-settings-flow: pre-filled by Python, saved, the locale stored nested',
    slug: 'default-user-settings-flow',
    async act(page, user) {
      const prompt = page.locator('ak-stage-prompt');
      await field(prompt, 'Username').waitFor();
      assert.equal(await field(prompt, 'Username').inputValue(), user.username);
      assert.equal(await field(prompt, 'Email').inputValue(), user.email);
      assert.equal(await field(prompt, 'Name').inputValue(), 'Stock Tester');
      await field(prompt, 'Name').fill('Renamed Tester');
      await prompt.locator('select').selectOption('de');
      await prompt.locator('button[type="submit"]').click();
    },
    async check(_page, user) {
      const stored = stock.flow.state.users.byUsername(user.username)!;
      assert.equal(stored.name, 'Renamed Tester');
      assert.deepEqual(stored.attributes.settings, { locale: 'de' });
    },
  },
  {
    name: 'default-authenticator-totp-setup: a device from the secret on the page',
    slug: 'default-authenticator-totp-setup',
    async act(page) {
      const totpStage = page.locator('ak-stage-authenticator-totp');
      await totpStage.locator('summary').click();
      const secret = (await totpStage.locator('[part="secret"] code').textContent())!.replace(
        /\s/g,
        '',
      );
      await totpStage.locator('input[name="code"]').fill(new TOTP({ secret }).generate());
      await totpStage.locator('button[type="submit"]').click();
    },
    async check(_page, user) {
      assert.deepEqual(deviceTypes(user), ['totp']);
    },
  },
  {
    name: 'default-authenticator-static-setup: six codes shown, saved',
    slug: 'default-authenticator-static-setup',
    async act(page) {
      const staticStage = page.locator('ak-stage-authenticator-static');
      await staticStage.locator('[part="codes"] li').first().waitFor();
      assert.equal(await staticStage.locator('[part="codes"] li').count(), 6);
      await staticStage.locator('button[type="submit"]').click();
    },
    async check(_page, user) {
      assert.deepEqual(deviceTypes(user), ['static']);
    },
  },
  // Without an application in the plan (no provider started it), authentik asks every time, even
  // in mode: expiring; so does the server.
  {
    name: 'default-provider-authorization-explicit-consent: asked and given',
    slug: 'default-provider-authorization-explicit-consent',
    async act(page) {
      await page.locator('ak-stage-consent').locator('button[type="submit"]').click();
    },
  },
  {
    name: 'default-provider-authorization-implicit-consent: no stage, straight through',
    slug: 'default-provider-authorization-implicit-consent',
  },
];

describe("authentik's stock blueprints/default/ in Chromium", () => {
  test('default-authentication-flow: identification, password, no second factor without a device', () =>
    scenario(async (page) => {
      const user = await newUser(stock);
      await logIn(page, user);
      const session = await page.context().cookies();
      assert.ok(session.some((c) => c.name === 'authentik_session'));
    }));

  test('default-authentication-flow: the second factor is asked when the user has a device', () =>
    scenario((page) => secondFactor(page, stock)));

  for (const c of STOCK_SIGNED_IN) signedIn(c);

  for (const slug of ['default-source-authentication', 'default-source-enrollment']) {
    // Its policy is `return ak_is_sso_flow`, false without a source: authentik denies with the
    // policy's messages, none here, so its "Unknown error".
    test(`${slug}: outside a source login it is denied, as on authentik`, () =>
      scenario(async (page) => {
        await page.goto(`${stock.url}/if/flow/${slug}/`);
        await page.locator('ak-stage-access-denied').getByText('Unknown error').waitFor();
      }));
  }
});

describe("authentik's example flows in Chromium", () => {
  test('recovery with email verification: the link, a new password, logged in', () =>
    scenario(async (page) => {
      const user = await newUser(stock);
      await page.goto(`${stock.url}/if/flow/default-recovery-flow/`);
      await page.locator('ak-stage-identification input[name="username"]').fill(user.email);
      await page.locator('ak-stage-identification button[type="submit"]').click();
      await page.locator('ak-stage-email').waitFor();
      const link = await outboxLink(stock, user.email);
      await page.goto(link);
      await confirmEmailLink(page);
      const next = 'Amber-Falcon-Orchard-58';
      await newPassword(page, next);
      await done(page, stock);
      const stored = stock.flow.state.users.byUsername(user.username)!;
      assert.equal(await verifyPassword(next, stored.password), true);
    }));

  test('enrollment with email verification: inactive until the link, then logged in', () =>
    scenario(async (page) => {
      const username = `enrol${process.pid}x${++counter}`;
      await enrol(page, stock, { username, name: 'New Person' });
      await page.locator('ak-stage-email').waitFor();
      assert.equal(stock.flow.state.users.byUsername(username)?.is_active, false);
      await page.goto(await outboxLink(stock, `${username}@example.com`));
      await confirmEmailLink(page);
      await done(page, stock);
      assert.equal(stock.flow.state.users.byUsername(username)?.is_active, true);
    }));

  signedIn({
    name: 'unenrollment: the account is deleted',
    slug: 'default-unenrollment-flow',
    async check(_page, user) {
      assert.equal(stock.flow.state.users.byUsername(user.username), undefined);
    },
  });

  test('two-factor login: the second factor is asked (a Python policy on the binding)', () =>
    scenario((page) => secondFactor(page, alt)));

  test('enrollment in two stages: the account is created and logged in', () =>
    scenario(async (page) => {
      const username = `two${process.pid}x${++counter}`;
      await enrol(page, alt, { username, name: 'Two Stages' });
      await done(page, alt);
      const stored = alt.flow.state.users.byUsername(username)!;
      assert.equal(stored.name, 'Two Stages');
      assert.equal(stored.is_active, true);
    }));
});
