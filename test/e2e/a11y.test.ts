// Every demo flow on the reference server's flow page at 320 px: no sideways scroll and axe clean
// (WCAG 2.2 AA tags, colour contrast included) on every stage met, in light and dark, in shadow
// DOM and in light DOM (compatibility mode). The login is walked through its stages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { DEMO, ensureBuilt, identifier, launch, passwordField, startServer } from './harness.js';
import type { Listening } from './harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every flow the demo blueprints define (server/blueprints/demo). */
const FLOWS = [
  'demo-login',
  'demo-enrollment',
  'demo-recovery',
  'demo-consent',
  'demo-prompts',
  'demo-password-change',
  'demo-device-code',
  'demo-denied',
  'demo-error',
  'demo-captcha-login',
  'demo-captcha-invisible',
  'demo-mfa-login',
  'demo-mfa-enforced',
  'demo-mfa-passkey',
  'demo-mfa-setup-totp',
  'demo-mfa-setup-static',
  'demo-mfa-setup-webauthn',
  'demo-mfa-setup-email',
  'demo-mfa-setup-sms',
  'demo-logout',
  'demo-logout-frontchannel',
];

let browser: Browser;
let server: Listening;

before(async () => {
  ensureBuilt();
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const STAGE = 'ak-flow-executor [part~="stage-element"]';

/** Waits for the stage on screen (in the requested DOM mode) to have rendered. */
async function stageShown(page: Page, light: boolean): Promise<string> {
  const selector = light ? `ak-flow-executor > .ak-flow-light [part~="stage-element"]` : STAGE;
  const stage = page.locator(selector).first();
  await stage.waitFor({ timeout: 15000 });
  return stage.evaluate((el) => el.localName);
}

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
  await page.addScriptTag({ path: AXE });
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

async function open(scheme: 'light' | 'dark', light: boolean, path: string) {
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    colorScheme: scheme,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  if (light) {
    // Compatibility mode on the flow page: the same flow, rendered in light DOM.
    await page
      .locator('ak-flow-executor')
      .evaluate((el) => el.setAttribute('compatibility-mode', 'true'));
  }
  return { context, page };
}

describe('e2e: every demo flow at 320 px, axe WCAG 2.2 AA, light and dark, both DOM modes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const light of [false, true]) {
      const mode = `${scheme}, ${light ? 'light DOM' : 'shadow DOM'}`;
      it(`every flow's first stage (${mode})`, async () => {
        const found: string[] = [];
        const checked: string[] = [];
        for (const slug of FLOWS) {
          const { context, page } = await open(scheme, light, `/if/flow/${slug}/`).catch(
            (e: Error) => {
              // A flow that navigated away at once (a logout) left nothing to check.
              if (/context was destroyed|navigat/i.test(e.message))
                return { context: null, page: null };
              throw e;
            },
          );
          if (!context || !page) continue;
          try {
            const stage = await stageShown(page, light).catch(() => null);
            // A flow that left the page at once (a logout's redirect) has nothing to check.
            if (stage && new URL(page.url()).pathname.startsWith(`/if/flow/${slug}/`)) {
              found.push(...(await problems(page, `${slug} <${stage}>`)));
              checked.push(`${slug} <${stage}>`);
            }
          } catch (e) {
            if (!/context was destroyed|navigat/i.test((e as Error).message)) throw e;
          } finally {
            await context.close();
          }
        }
        assert.deepEqual(found, []);
        // Not vacuous: nearly every flow showed a stage here (the logouts may leave at once).
        assert.ok(checked.length >= FLOWS.length - 2, `checked only ${checked.join(', ')}`);
      });

      it(`the login walked through: identification, a wrong password, the password again (${mode})`, async () => {
        const { context, page } = await open(scheme, light, '/if/flow/demo-login/');
        const found: string[] = [];
        try {
          await stageShown(page, light);
          found.push(...(await problems(page, 'identification')));
          await identifier(page).fill(DEMO.username);
          await identifier(page).press('Enter');
          await passwordField(page).waitFor();
          found.push(...(await problems(page, 'password')));
          await passwordField(page).fill('not-the-password');
          await passwordField(page).press('Enter');
          await page.locator('ak-stage-password input[aria-invalid="true"]').waitFor();
          found.push(...(await problems(page, 'password with an error')));
          await passwordField(page).fill(DEMO.password);
          await passwordField(page).press('Enter');
          await page.locator('ak-stage-password').waitFor({ state: 'detached' });
          await stageShown(page, light);
          found.push(...(await problems(page, 'after the password')));
        } finally {
          await context.close();
        }
        assert.deepEqual(found, []);
      });
    }
  }
});

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
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/if/flow/demo-login/`);
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
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/if/flow/demo-login/`);
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
