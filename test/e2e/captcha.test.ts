// Captcha flows end to end, offline: the built widget, the reference server and its development
// captcha provider (server/dev/captcha.js, verified at /dev/captcha/siteverify) in Chromium. Each
// flow meets a rejected token first, recovers, and logs in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO, identifier, inPage, passwordField, useE2E } from './harness.js';

const e2e = useE2E();

/** A scenario on a fresh page (harness `inPage`: fails on schema violations or page errors). */
const scenario = (fn: (page: Page) => Promise<void>) => inPage(e2e.browser, fn);

const box = (page: Page) => page.locator('button.dev-captcha');

describe('e2e: captcha', () => {
  it('identification with an interactive captcha: a rejected token, the username kept, then login', () =>
    scenario(async (page) => {
      await page.goto(`${e2e.server.url}/if/flow/demo-captcha-login/?next=%2Fok%2F`);
      await identifier(page).fill(DEMO.username);
      await box(page).waitFor();
      await page.evaluate(() =>
        (window as unknown as { devCaptcha: { rejectNext(): void } }).devCaptcha.rejectNext(),
      );
      await box(page).click();
      await page.locator('button.dev-captcha[aria-checked="true"]').waitFor();
      await identifier(page).press('Enter');
      await page
        .locator('ak-stage-identification [part="errors"]')
        .getByText('Failed to authenticate.')
        .waitFor();
      assert.equal(await identifier(page).inputValue(), DEMO.username, 'nothing typed is lost');
      await page.locator('button.dev-captcha[aria-checked="false"]').click();
      await page.locator('button.dev-captcha[aria-checked="true"]').waitFor();
      await identifier(page).press('Enter');
      await passwordField(page).waitFor();
      await passwordField(page).fill(DEMO.password);
      await passwordField(page).press('Enter');
      await page.waitForURL(`${e2e.server.url}/ok/`);
    }));

  it('a standalone invisible captcha: the rejected token is said, "Try again" sends a new one', () =>
    scenario(async (page) => {
      await page.addInitScript(() => {
        (window as unknown as { devCaptchaReject: number }).devCaptchaReject = 1;
      });
      await page.goto(`${e2e.server.url}/if/flow/demo-captcha-invisible/?next=%2Fok%2F`);
      await page
        .locator('ak-stage-captcha [part="field-error"]')
        .getByText('Invalid captcha response. Retrying may solve this issue.')
        .waitFor();
      assert.equal(await page.locator('ak-stage-captcha').count(), 1, 'no loop: still there');
      await page.locator('ak-stage-captcha').getByRole('button', { name: 'Try again' }).click();
      await identifier(page).fill(DEMO.username);
      await identifier(page).press('Enter');
      await passwordField(page).waitFor();
      await passwordField(page).fill(DEMO.password);
      await passwordField(page).press('Enter');
      await page.waitForURL(`${e2e.server.url}/ok/`);
    }));
});
