// MFA end to end: the built bundle (dist/cdn/ak-flow.js) in real Chromium against the reference
// server on a real port. TOTP (code computed from the secret the page shows), recovery codes, and
// WebAuthn register + login through Chrome's virtual authenticator. WebAuthn needs a secure
// context: pages are opened on http://localhost:<port> (localhost counts), never 127.0.0.1.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addVirtualAuthenticator, finalRedirect, openPage, signIn, useE2E } from './harness.js';
import {
  answerCode,
  answerStaticCode,
  answerTotp,
  readStaticCodes,
  readTotpSecret,
  totpCode,
} from '../../src/testing/index.js';

let counter = 0;

const e2e = useE2E();

/** A fresh account straight in the user store. */
async function newUser() {
  const username = `mfa${process.pid}x${++counter}`;
  const password = 'Velvet-Otter-Harbor-93';
  await e2e.server.flow.state.users.create({
    username,
    password,
    email: `${username}@example.com`,
    name: 'MFA Tester',
  });
  return { username, password };
}

const stage = (page: Page, tag: string) => page.locator(tag);

/** identification → password on `slug`, through the real widget (the ./testing helper). */
async function firstFactor(page: Page, slug: string, user: { username: string; password: string }) {
  await page.goto(`${e2e.base}/if/flow/${slug}/`);
  await signIn(page, user);
}

/** Waits for the flow's final redirect to `/`. */
const done = (page: Page) => finalRedirect(page, e2e.base);

async function loginWithoutMfa(page: Page, user: { username: string; password: string }) {
  await firstFactor(page, 'demo-mfa-login', user);
  await done(page);
}

describe('MFA in Chromium', () => {
  test('TOTP: set up from the secret on the page, then log in with a code', async () => {
    const user = await newUser();
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      await loginWithoutMfa(page, user);
      await page.goto(`${e2e.base}/if/flow/demo-mfa-setup-totp/`);
      const totpStage = stage(page, 'ak-stage-authenticator-totp');
      const secret = await readTotpSecret(page);
      assert.match(secret, /^[A-Z2-7]{32}$/);
      // A wrong code first: the error is at the field.
      const code = totpStage.locator('input[name="code"]');
      assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
      await answerCode(
        page,
        totpCode(secret) === '000000' ? '111111' : '000000',
        'ak-stage-authenticator-totp',
      );
      await totpStage.locator('input[name="code"][aria-invalid="true"]').waitFor();
      await totpStage.getByText('Code does not match').waitFor();
      await answerCode(page, totpCode(secret), 'ak-stage-authenticator-totp');
      await done(page);
      const stored = e2e.server.flow.state.users.byUsername(user.username)!.devices ?? [];
      assert.deepEqual(
        stored.map((d) => d.type),
        ['totp'],
      );
      assert.equal(
        (stored[0] as { secret: string }).secret,
        secret,
        'the page showed the secret the server stored',
      );

      // Log in again in a fresh browser context: the code is now required.
      const second = await openPage(e2e.browser);
      try {
        await firstFactor(second.page, 'demo-mfa-login', user);
        const validate = stage(second.page, 'ak-stage-authenticator-validate');
        await answerCode(second.page, '000001');
        await validate.locator('input[name="code"][aria-invalid="true"]').waitFor();
        await answerTotp(second.page, secret, { timestamp: Date.now() + 30_000 });
        await done(second.page);
        assert.deepEqual(second.problems, []);
      } finally {
        await second.context.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('static codes: shown once, one logs in, and it cannot be used again', async () => {
    const user = await newUser();
    const { context, page, problems } = await openPage(e2e.browser);
    let codes: string[] = [];
    try {
      await loginWithoutMfa(page, user);
      await page.goto(`${e2e.base}/if/flow/demo-mfa-setup-static/`);
      codes = await readStaticCodes(page);
      assert.equal(codes.length, 6);
      await stage(page, 'ak-stage-authenticator-static').locator('button[type="submit"]').click();
      await done(page);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    for (const [attempt, expectOk] of [
      [codes[0]!, true],
      [codes[0]!, false],
    ] as const) {
      const { context: ctx, page: p, problems: probs } = await openPage(e2e.browser);
      try {
        await firstFactor(p, 'demo-mfa-login', user);
        const validate = stage(p, 'ak-stage-authenticator-validate');
        await answerStaticCode(p, attempt);
        if (expectOk) await done(p);
        else {
          await validate.locator('input[name="code"][aria-invalid="true"]').waitFor();
          await validate.getByText('Invalid Token').waitFor();
        }
        assert.deepEqual(probs, []);
      } finally {
        await ctx.close();
      }
    }
  });

  test('WebAuthn: register and log in with a virtual authenticator', async () => {
    const user = await newUser();
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      const { cdp, authenticatorId } = await addVirtualAuthenticator(context, page);
      await loginWithoutMfa(page, user);
      await page.goto(`${e2e.base}/if/flow/demo-mfa-setup-webauthn/`);
      const register = stage(page, 'ak-stage-authenticator-webauthn');
      await register.locator('button[type="submit"]').click();
      await done(page);
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.equal(credentials.length, 1);
      const stored = e2e.server.flow.state.users.byUsername(user.username)!.devices ?? [];
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.type, 'webauthn');
      assert.equal(
        (stored[0] as { credential_id: string }).credential_id,
        Buffer.from(credentials[0]!.credentialId, 'base64').toString('base64url'),
      );

      // Same browser (same authenticator), new session: the key is asked for and used.
      await context.clearCookies();
      await firstFactor(page, 'demo-mfa-login', user);
      await done(page);
      const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.ok(after.credentials[0]!.signCount >= 1, 'the authenticator signed');
      assert.ok((stored[0] as { last_used: string | null }).last_used, 'device marked used');

      // No usable credential: the browser refuses (NotAllowedError), the stage explains and
      // offers a retry; with the key back, the retry logs in.
      await cdp.send('WebAuthn.clearCredentials', { authenticatorId });
      await context.clearCookies();
      await firstFactor(page, 'demo-mfa-login', user);
      const validate = stage(page, 'ak-stage-authenticator-validate');
      await validate.locator('[role="alert"]').waitFor({ timeout: 70000 });
      await validate.getByText('cancelled or timed out').waitFor();
      await cdp.send('WebAuthn.addCredential', {
        authenticatorId,
        credential: after.credentials[0]!,
      });
      await validate.getByRole('button', { name: 'Try again' }).click();
      await done(page);

      // Passkey (first factor): demo-mfa-passkey's identification challenge carries
      // passkey_challenge; the widget offers it through autofill (conditional mediation), the
      // virtual authenticator answers with the discoverable credential, and the user is logged
      // in without password or MFA (test/e2e/passkey.test.ts covers the details).
      await context.clearCookies();
      await page.goto(`${e2e.base}/if/flow/demo-mfa-passkey/`);
      await done(page);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
