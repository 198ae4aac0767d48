// Passkey autofill end to end: the built bundle in real Chromium against the reference server.
// A passkey is registered with Chrome's virtual authenticator, then demo-mfa-passkey's
// identification stage starts WebAuthn conditional mediation for its `passkey_challenge`; with
// automatic presence simulation the pending request resolves once the username field is used, and
// the widget answers `{component: 'ak-stage-identification', passkey}`: logged in without a
// password or MFA. WebAuthn needs a secure context: pages use http://localhost:<port>.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addVirtualAuthenticator, finalRedirect, openPage, useE2E } from './harness.js';

const e2e = useE2E();

const done = (page: Page) => finalRedirect(page, e2e.base);

describe('passkey autofill in Chromium', () => {
  test('a registered passkey logs in from the username field', async () => {
    const username = `passkey${process.pid}`;
    const password = 'Velvet-Otter-Harbor-93';
    await e2e.server.flow.state.users.create({
      username,
      password,
      email: `${username}@example.com`,
      name: 'Passkey Tester',
    });
    const { context, page, problems } = await openPage(e2e.browser);
    try {
      const { cdp, authenticatorId } = await addVirtualAuthenticator(context, page);

      // Register: password login, then the WebAuthn setup flow.
      await page.goto(`${e2e.base}/if/flow/demo-mfa-login/`);
      await page.locator('ak-stage-identification input[name="username"]').fill(username);
      await page.locator('ak-stage-identification button[type="submit"]').click();
      await page.locator('ak-stage-password input[name="password"]').fill(password);
      await page.locator('ak-stage-password button[type="submit"]').click();
      await done(page);
      await page.goto(`${e2e.base}/if/flow/demo-mfa-setup-webauthn/`);
      await page.locator('ak-stage-authenticator-webauthn button[type="submit"]').click();
      await done(page);
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.equal(credentials.length, 1);
      assert.equal(credentials[0]!.isResidentCredential, true, 'a discoverable credential');

      // New session: the passkey flow. The widget offers the passkey in the username field's
      // autofill. The virtual authenticator's presence simulation answers the conditional
      // request by itself (headless Chromium resolves it even before the field is focused); the
      // click is what a user would do.
      await context.clearCookies();
      const posted: Record<string, unknown>[] = [];
      page.on('request', (req) => {
        if (req.method() === 'POST' && req.url().includes('/api/v3/flows/executor/'))
          posted.push(req.postDataJSON() as Record<string, unknown>);
      });
      // First a refused passkey: the account is disabled, the server answers "Failed to
      // authenticate." with a passkey_challenge, and the widget starts autofill again.
      const user = e2e.server.flow.state.users.byUsername(username)!;
      user.is_active = false;
      const failed = page.waitForResponse(
        async (res) =>
          res.request().method() === 'POST' &&
          res.url().includes('/api/v3/flows/executor/') &&
          JSON.stringify(await res.json()).includes('Failed to authenticate.'),
      );
      await page.goto(`${e2e.base}/if/flow/demo-mfa-passkey/`);
      const input = page.locator('ak-stage-identification input[name="username"]');
      await input.waitFor();
      assert.equal(await input.getAttribute('autocomplete'), 'username webauthn');
      await input.click();
      const refusal = (await (await failed).json()) as Record<string, unknown>;
      assert.equal(refusal.component, 'ak-stage-identification');
      assert.ok(refusal.passkey_challenge, 'the refusal offers passkeys again');
      user.is_active = true;
      await done(page);
      assert.ok(posted.length >= 2, 'a refused passkey, then one that logs in');
      const credentialId = Buffer.from(credentials[0]!.credentialId, 'base64').toString(
        'base64url',
      );
      for (const body of posted) {
        assert.equal(body.component, 'ak-stage-identification');
        assert.equal(body.uid_field, undefined, 'no username typed');
        const passkey = body.passkey as { id: string; response: Record<string, unknown> };
        assert.equal(passkey.id, credentialId);
        assert.ok(passkey.response.userHandle, 'a discoverable credential names its user');
      }
      const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.ok(after.credentials[0]!.signCount >= 1, 'the authenticator signed');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
