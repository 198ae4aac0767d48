// Blueprints with Python expressions, end to end: the built widget in Chromium against the
// reference server running test/fixtures/blueprints/expressions. A login asks for a second
// factor only when the user has a device (an expression policy on the validation stage's
// binding, as authentik users write it). Python is started before the tests (one engine).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDevice, newTotpDevice } from '../../server/model/devices.js';
import { finalRedirect, listenWithPython, openPage, signIn, useE2E } from './harness.js';
import { answerTotp } from '../../src/testing/index.js';

let counter = 0;

const e2e = useE2E(() =>
  listenWithPython({ blueprints: [resolve('test/fixtures/blueprints/expressions')] }),
);

async function newUser() {
  const username = `expr${process.pid}x${++counter}`;
  const password = 'Velvet-Otter-Harbor-93';
  const user = await e2e.server.flow.state.users.create({ username, password });
  return { user, username, password };
}

async function firstFactor(page: Page, user: { username: string; password: string }) {
  await page.goto(`${e2e.base}/if/flow/expr-login-2fa/`);
  await signIn(page, user);
}

describe('a login asking for a second factor only when the user has one (Python policy)', () => {
  test('no device: logged in after the password', async () => {
    const user = await newUser();
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      await firstFactor(page, user);
      // Reaching the validation stage would deny (not_configured_action: deny): no redirect.
      await finalRedirect(page, e2e.base);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a TOTP device: the second factor is asked, and a code logs in', async () => {
    const { user, username, password } = await newUser();
    const device = { ...newTotpDevice('phone'), confirmed: true };
    addDevice(user, device);
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      await firstFactor(page, { username, password });
      await answerTotp(page, device.secret, { digits: device.digits });
      await finalRedirect(page, e2e.base);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
