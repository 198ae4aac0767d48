// OAuth device authorization (RFC 8628) end to end: a script (the "device") asks the reference
// server for a code, the user types it into the widget as people do (lower case, a space, no
// dash), signs in, sees the finish message, and the script's token request then succeeds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, identifier, openPage, passwordField, useE2E } from './harness.js';

const e2e = useE2E();

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});

describe('e2e: OAuth device code', () => {
  it('a device gets a code, the user enters it in the widget, the device gets its token', async () => {
    const device = (await (
      await fetch(`${e2e.server.url}/application/o/device/`, form({ client_id: 'tv-app' }))
    ).json()) as { device_code: string; user_code: string; verification_uri: string };
    assert.match(device.user_code, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const token = () =>
      fetch(
        `${e2e.server.url}/application/o/token/`,
        form({
          grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
          device_code: device.device_code,
          client_id: 'tv-app',
        }),
      ).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, string> }));
    assert.deepEqual(await token(), { status: 400, body: { error: 'authorization_pending' } });

    const { context, page, problems } = await openPage(e2e.browser);
    try {
      await page.goto(device.verification_uri);
      const code = page.getByLabel('Device code');
      await code.fill('NOPE-NOPE');
      await code.press('Enter');
      await page.locator('input[name="code"][aria-invalid="true"]').waitFor();
      await page.getByText('Invalid code').waitFor();
      // What people type: lower case, a space where the dash was.
      const typed = device.user_code.toLowerCase().replace('-', ' ');
      await code.fill(typed);
      await code.press('Enter');
      await identifier(page).fill(DEMO.username);
      await identifier(page).press('Enter');
      await passwordField(page).fill(DEMO.password);
      await passwordField(page).press('Enter');
      await page.getByText("You've successfully authenticated your device.").waitFor();
      assert.deepEqual(problems, [], 'schema violations or page errors');
    } finally {
      await context.close();
    }
    const done = await token();
    assert.equal(done.status, 200);
    assert.equal(done.body.token_type, 'Bearer');
    assert.equal(done.body.username, DEMO.username);
  });
});
