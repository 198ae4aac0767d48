// Every demo flow on the reference server's flow page at 320 px, walked through all its stages as a
// person would (errors included), in shadow DOM and in light DOM (compatibility mode): at every
// stage no sideways scroll, and axe clean (WCAG 2.2 AA tags, colour contrast included) in the light
// and the dark colour scheme. One browser; one context per DOM mode, reused from flow to flow.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import {
  DEMO,
  addVirtualAuthenticator,
  field,
  identifier,
  outboxLink,
  confirmEmailLink,
  passwordField,
  useE2E,
} from './harness.js';
import { readStaticCodes, readTotpSecret, totpCode } from '../../src/testing/index.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STRONG = 'Velvet-Otter-Harbor-93';

const e2e = useE2E();

/** Problems at this moment: sideways scroll at 320 px and axe violations. */
async function problems(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  const width = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (width.scroll > width.client) {
    found.push(`${where}: scrolls sideways (${width.scroll} > ${width.client})`);
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: unknown }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return (
      result.violations as {
        id: string;
        nodes: { target: unknown[]; failureSummary: string }[];
      }[]
    ).map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, TAGS);
  for (const v of violations) found.push(`${where}: ${v}`);
  return found;
}

let counter = 0;

/** A fresh account straight in the user store (flows that change a user get their own). */
async function newUser(prefix: string) {
  const username = `${prefix}${process.pid}x${++counter}`;
  await e2e.server.flow.state.users.create({
    username,
    password: STRONG,
    email: `${username}@example.com`,
    name: 'A11y Walker',
  });
  return { username, password: STRONG, email: `${username}@example.com` };
}

/** One walk: a context at 320 px, every stage checked in both colour schemes. */
class Walk {
  readonly found: string[] = [];
  readonly seen: string[] = [];
  slug = '';
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly light: boolean,
  ) {}

  forgetPasskeys = async (): Promise<void> => {};

  async go(path: string): Promise<void> {
    this.slug = path;
    await this.page.goto(`${e2e.base}${path}`);
  }

  /** Waits for `tag` (and `ready`, a locator inside the page), then checks it light and dark. */
  async check(tag: string, what: string, ready?: string): Promise<void> {
    const { page } = this;
    await page.locator(tag).first().waitFor();
    if (ready) await page.locator(ready).first().waitFor();
    const where = `${this.slug} ${tag} ${what}`;
    const inLight = await page.evaluate((t) => !!document.querySelector(t), tag);
    if (inLight !== this.light)
      this.found.push(`${where}: not in ${this.light ? 'light' : 'shadow'} DOM`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      this.found.push(...(await problems(page, `${where} (${colorScheme})`)));
    }
    this.seen.push(where);
  }

  /** Fills a field of `tag` by its label and sends the stage with Enter. */
  async answer(tag: string, label: string, value: string): Promise<void> {
    const input = field(this.page.locator(tag), label);
    await input.fill(value);
    await input.press('Enter');
  }

  /**
   * An email or SMS setup (demo-mfa-setup-<kind>): with `phone`, the number asked for first; then
   * the code field, and a wrong code refused at it. The flow is left unfinished.
   */
  async codeSetup(kind: 'email' | 'sms', phone?: string): Promise<void> {
    const tag = `ak-stage-authenticator-${kind}`;
    await this.go(`/if/flow/demo-mfa-setup-${kind}/`);
    if (phone !== undefined) {
      await this.check(tag, 'phone');
      await this.answer(tag, 'Phone number', phone);
    }
    await this.check(tag, 'code', `${tag} input[name="code"]`);
    await this.answer(tag, 'Code', '000000');
    await this.check(tag, 'wrong code', `${tag} [aria-invalid="true"]`);
  }

  async signIn(user: { username: string; password: string }, slug = 'demo-login'): Promise<void> {
    await this.go(`/if/flow/${slug}/`);
    await identifier(this.page).fill(user.username);
    await identifier(this.page).press('Enter');
    await passwordField(this.page).fill(user.password);
    await passwordField(this.page).press('Enter');
  }

  /** The flow ended: it left the flow page. */
  async left(): Promise<void> {
    await this.page.waitForURL((url) => !url.pathname.startsWith('/if/flow/'), { timeout: 15000 });
  }
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});

/** Every demo flow, stage by stage. */
async function walkAll(w: Walk): Promise<void> {
  const { page } = w;

  // Edge cases: a flow error, access denied.
  await w.go('/if/flow/demo-error/');
  await w.check('ak-stage-flow-error', '');
  await w.go('/if/flow/demo-denied/');
  await w.check('ak-stage-access-denied', '');

  // Enrollment: the form, a policy failure, then the account, "stay signed in".
  const enrolled = `walk${process.pid}x${++counter}`;
  await w.go('/if/flow/demo-enrollment/');
  await w.check('ak-stage-prompt', 'empty');
  const prompt = page.locator('ak-stage-prompt');
  await field(prompt, 'Username').fill(enrolled);
  await field(prompt, 'Name').fill('A11y Walker');
  await field(prompt, 'Email').fill(`${enrolled}@example.com`);
  await field(prompt, 'Password').fill('short');
  await w.answer('ak-stage-prompt', 'Password (repeat)', 'short');
  await w.check('ak-stage-prompt', 'policy error', 'ak-stage-prompt [part="errors"]');
  await field(prompt, 'Password').fill(STRONG);
  await w.answer('ak-stage-prompt', 'Password (repeat)', STRONG);
  await w.left();

  // Login: identification, password, a wrong password, MFA skipped, "stay signed in".
  const user = await newUser('walk');
  await w.go('/if/flow/demo-login/');
  await w.check('ak-stage-identification', '');
  await identifier(page).fill(user.username);
  await identifier(page).press('Enter');
  await w.check('ak-stage-password', '');
  await passwordField(page).fill('not-the-password');
  await passwordField(page).press('Enter');
  await w.check('ak-stage-password', 'wrong password', 'ak-stage-password [aria-invalid="true"]');
  await passwordField(page).fill(user.password);
  await passwordField(page).press('Enter');
  await w.check('ak-stage-user-login', '');
  await page.locator('ak-stage-user-login').getByRole('button', { name: 'Yes' }).click();
  await w.left();

  // Signed in: consent, prompt field types, password change, MFA setups.
  await w.go('/if/flow/demo-consent/');
  await w.check('ak-stage-consent', '');
  await w.go('/if/flow/demo-prompts/');
  await w.check('ak-stage-prompt', 'every field type');

  await w.go('/if/flow/demo-password-change/');
  await w.check('ak-stage-prompt', '');
  await field(prompt, 'New password').fill(STRONG);
  await w.answer('ak-stage-prompt', 'New password (repeat)', 'Velvet-Otter-Harbor-94');
  await w.check('ak-stage-prompt', 'mismatch', 'ak-stage-prompt [aria-invalid="true"]');
  await field(prompt, 'New password (repeat)').fill(STRONG);
  await field(prompt, 'New password (repeat)').press('Enter');
  await w.left();

  await w.go('/if/flow/demo-mfa-setup-static/');
  await w.check('ak-stage-authenticator-static', '', '[part="codes"] li');
  await readStaticCodes(page);
  await page.locator('ak-stage-authenticator-static button[type="submit"]').click();
  await w.left();

  await w.go('/if/flow/demo-mfa-setup-totp/');
  const secret = await readTotpSecret(page);
  await w.check('ak-stage-authenticator-totp', 'secret shown');
  const totp = page.locator('ak-stage-authenticator-totp');
  await totp
    .locator('input[name="code"]')
    .fill(totpCode(secret) === '000000' ? '111111' : '000000');
  await totp.locator('input[name="code"]').press('Enter');
  await w.check(
    'ak-stage-authenticator-totp',
    'wrong code',
    'ak-stage-authenticator-totp [aria-invalid="true"]',
  );
  await totp.locator('input[name="code"]').fill(totpCode(secret));
  await totp.locator('input[name="code"]').press('Enter');
  await w.left();

  // The user has an address: the email code is sent to it at once; SMS asks for the number first.
  await w.codeSetup('email');
  await w.codeSetup('sms', '+15550100');

  await w.go('/if/flow/demo-mfa-setup-webauthn/');
  await w.check('ak-stage-authenticator-webauthn', '');
  await page.locator('ak-stage-authenticator-webauthn button[type="submit"]').click();
  await w.left();

  // A new session: MFA login with the devices set up above (the choice, then a code).
  await w.context.clearCookies();
  await w.signIn(user, 'demo-mfa-login');
  await w.check('ak-stage-authenticator-validate', 'choice');
  const validate = page.locator('ak-stage-authenticator-validate');
  await validate.getByRole('button', { name: /Authenticator app/ }).click();
  await w.check(
    'ak-stage-authenticator-validate',
    'code',
    'ak-stage-authenticator-validate input[name="code"]',
  );
  await validate.locator('input[name="code"]').fill('000001');
  await validate.locator('input[name="code"]').press('Enter');
  await w.check(
    'ak-stage-authenticator-validate',
    'wrong code',
    'ak-stage-authenticator-validate [aria-invalid="true"]',
  );
  await validate
    .locator('input[name="code"]')
    .fill(totpCode(secret, { timestamp: Date.now() + 30_000 }));
  await validate.locator('input[name="code"]').press('Enter');
  await w.left();

  // MFA required of a user who has none: the setup choice, then the setup itself.
  await w.context.clearCookies();
  await w.signIn(await newUser('walkmfa'), 'demo-mfa-enforced');
  await w.check('ak-stage-authenticator-validate', 'set up a method');
  await validate.getByRole('button', { name: /Recovery codes/ }).click();
  await w.check('ak-stage-authenticator-static', 'in the login', '[part="codes"] li');

  // Passkey login (the identification offers passkeys); captchas.
  // No passkey in the authenticator: the stage stays (with one, autofill would sign in at once).
  await w.forgetPasskeys();
  await w.context.clearCookies();
  await w.go('/if/flow/demo-mfa-passkey/');
  await w.check('ak-stage-identification', 'passkey');
  await w.go('/if/flow/demo-captcha-login/');
  await w.check('ak-stage-identification', 'captcha', 'button.dev-captcha');
  await identifier(page).fill(DEMO.username);
  await page.locator('button.dev-captcha').click();
  await page.locator('button.dev-captcha[aria-checked="true"]').waitFor();
  await identifier(page).press('Enter');
  await w.check('ak-stage-password', 'after the captcha');
  await page.addInitScript(() => {
    (window as unknown as { devCaptchaReject: number }).devCaptchaReject = 1;
  });
  await w.go('/if/flow/demo-captcha-invisible/');
  await w.check('ak-stage-captcha', 'rejected', 'ak-stage-captcha [part="field-error"]');

  // Device code: the code, sign-in, the finish.
  const device = (await (
    await fetch(`${e2e.base}/application/o/device/`, form({ client_id: 'tv-app' }))
  ).json()) as { user_code: string; verification_uri: string };
  w.slug = 'demo-device-code';
  await page.goto(device.verification_uri.replace(/^https?:\/\/[^/]+/, e2e.base));
  await w.check('ak-provider-oauth2-device-code', '');
  await w.answer('ak-provider-oauth2-device-code', 'Device code', 'NOPE-NOPE');
  await w.check('ak-provider-oauth2-device-code', 'invalid', '[aria-invalid="true"]');
  await w.answer('ak-provider-oauth2-device-code', 'Device code', device.user_code);
  await identifier(page).fill(DEMO.username);
  await identifier(page).press('Enter');
  await passwordField(page).fill(DEMO.password);
  await passwordField(page).press('Enter');
  await w.check('ak-provider-oauth2-device-code-finish', '');

  // Recovery: the address, "check your inbox", the link, the new password.
  const lost = await newUser('walkrec');
  await w.context.clearCookies();
  await w.go('/if/flow/demo-recovery/');
  await w.check('ak-stage-identification', 'recovery');
  await identifier(page).fill(lost.email);
  await identifier(page).press('Enter');
  await w.check('ak-stage-email', '');
  await page.goto(
    (await outboxLink(e2e.server, lost.email)).replace(/^https?:\/\/[^/]+/, e2e.base),
  );
  await w.check('ak-stage-consent', 'email link');
  await confirmEmailLink(page);
  await w.check('ak-stage-prompt', 'new password');
  await field(prompt, 'New password').fill(STRONG);
  await w.answer('ak-stage-prompt', 'New password (repeat)', STRONG);
  await w.left();

  // Front-channel logout: the frames stage, held on screen until checked.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/v3/flows/executor/demo-logout-frontchannel/**', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await w.go('/if/flow/demo-logout-frontchannel/');
  await w.check('ak-provider-iframe-logout', '');
  release();
  await w.left();
}

// The two DOM modes walk at once (separate users and sessions): half the time.
describe(
  'e2e: every demo flow, every stage, at 320 px: no sideways scroll, axe WCAG 2.2 AA light and dark',
  { concurrency: 2 },
  () => {
    for (const light of [false, true]) {
      it(`${light ? 'light DOM (compatibility mode)' : 'shadow DOM'}`, async () => {
        const context = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
        await context.addInitScript({ path: AXE });
        if (light) {
          // Compatibility mode on the flow page: set before the element upgrades.
          await context.addInitScript(() => {
            new MutationObserver((_, observer) => {
              const el = document.querySelector('ak-flow-executor');
              if (!el) return;
              el.setAttribute('compatibility-mode', 'true');
              observer.disconnect();
            }).observe(document, { childList: true, subtree: true });
          });
        }
        const page = await context.newPage();
        page.setDefaultTimeout(10000);
        const { cdp, authenticatorId } = await addVirtualAuthenticator(context, page);
        const w = new Walk(context, page, light);
        w.forgetPasskeys = async () => {
          await cdp.send('WebAuthn.clearCredentials', { authenticatorId });
        };
        try {
          await walkAll(w);
        } finally {
          await context.close();
        }
        assert.deepEqual(w.found, []);
        assert.ok(w.seen.length >= 37, `checked only ${w.seen.join('; ')}`);
        console.log(`  checked ${w.seen.length} stages: ${w.seen.join('; ')}`);
      });
    }
  },
);

describe('e2e: the brand is opt-in and lazy', () => {
  it('is not in the main bundle, but in a chunk of its own', () => {
    assert.ok(!readFileSync('dist/cdn/ak-flow.js', 'utf8').includes('Powered by authentik'));
    const chunks = readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'));
    const brand = chunks.filter((f) =>
      readFileSync(`dist/cdn/chunks/${f}`, 'utf8').includes('Powered by authentik'),
    );
    assert.equal(brand.length, 1, 'one chunk holds the brand');
  });

  it('the flow page shows the brand logo and footer', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${e2e.server.url}/if/flow/demo-login/`);
      await page.locator('ak-flow-brand img[part="logo"]').waitFor();
      await page.locator('ak-flow-brand[kind="links"] a').first().waitFor();
    } finally {
      await context.close();
    }
  });
});

describe("e2e: the flow page looks like authentik's", () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`full bleed, the username focused on load (${scheme})`, async () => {
      const context = await e2e.browser.newContext({
        colorScheme: scheme,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      try {
        await page.goto(`${e2e.server.url}/if/flow/demo-login/`);
        await identifier(page).waitFor();
        await page.waitForFunction(() => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a?.getAttribute('autocomplete')?.startsWith('username');
        });
        const look = await page.evaluate(() => ({
          margin: getComputedStyle(document.body).margin,
          height: document.querySelector('ak-flow-executor')!.getBoundingClientRect().height,
          background: getComputedStyle(document.documentElement).backgroundColor,
          title: document.title,
        }));
        assert.equal(look.margin, '0px');
        assert.ok(look.height >= 800, `the flow fills the viewport (${look.height})`);
        const [r, g, b] = look.background.match(/\d+/g)!.map(Number);
        if (scheme === 'dark') assert.ok(r + g + b < 150, `a dark page: ${look.background}`);
        else assert.ok(r + g + b > 600, `a light page: ${look.background}`);
        assert.equal(look.title, 'Welcome to the demo');
      } finally {
        await context.close();
      }
    });
  }
});
