// Blueprints with Python expressions, end to end: the built widget in Chromium against the
// reference server running test/fixtures/blueprints/expressions. A login asks for a second
// factor only when the user has a device (an expression policy on the validation stage's
// binding, as authentik users write it). Python is started before the tests (one engine).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { createFlowServer } from '../../server/app.js';
import { addDevice, newTotpDevice } from '../../server/model/devices.js';
import { ensureBuilt, finalRedirect, launch, listen, openPage, type Listening } from './harness.js';

let server: Listening;
let browser: Browser;
let base: string;
let counter = 0;

before(async () => {
  ensureBuilt();
  server = await listen(
    createFlowServer({ blueprints: [resolve('test/fixtures/blueprints/expressions')] }),
  );
  base = `http://localhost:${server.port}`;
  await server.flow.state.expressions.start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await server?.flow.state.expressions.close();
});

async function newUser() {
  const username = `expr${process.pid}x${++counter}`;
  const password = 'Velvet-Otter-Harbor-93';
  const user = await server.flow.state.users.create({ username, password });
  return { user, username, password };
}

async function firstFactor(page: Page, user: { username: string; password: string }) {
  await page.goto(`${base}/if/flow/expr-login-2fa/`);
  await page.locator('ak-stage-identification input[name="username"]').fill(user.username);
  await page.locator('ak-stage-identification button[type="submit"]').click();
  await page.locator('ak-stage-password input[name="password"]').fill(user.password);
  await page.locator('ak-stage-password button[type="submit"]').click();
}

describe('a login asking for a second factor only when the user has one (Python policy)', () => {
  test('no device: logged in after the password', async () => {
    const user = await newUser();
    const { context, page, problems } = await openPage(browser);
    try {
      await firstFactor(page, user);
      // Reaching the validation stage would deny (not_configured_action: deny): no redirect.
      await finalRedirect(page, base);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a TOTP device: the second factor is asked, and a code logs in', async () => {
    const { user, username, password } = await newUser();
    const device = { ...newTotpDevice('phone'), confirmed: true };
    addDevice(user, device);
    const totp = new TOTP({ secret: Secret.fromBase32(device.secret), digits: device.digits });
    const { context, page, problems } = await openPage(browser);
    try {
      await firstFactor(page, { username, password });
      const validate = page.locator('ak-stage-authenticator-validate');
      const code = validate.locator('input[name="code"]');
      await code.fill(totp.generate());
      await validate.locator('button[type="submit"]').click();
      await finalRedirect(page, base);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
