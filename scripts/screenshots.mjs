// `node scripts/screenshots.mjs DIR`: PNGs of the reference server's flow page (/if/flow/<slug>/:
// the login's identification and password stages, the enrollment form) and of the stage gallery
// (/stages.html, whole page), at 1280 px and 320 px wide, light and dark, into DIR, to be looked at
// next to authentik's own flow page. Starts the reference server (server/main.ts) on a free port
// and stops it after; builds the widget first if dist/ is missing (as `npm start` does).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('Usage: node scripts/screenshots.mjs DIR');
  process.exit(2);
}
const dir = resolve(out);
mkdirSync(dir, { recursive: true });

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const base = `http://127.0.0.1:${port}`;
// scripts/start.mjs builds first when dist/ is missing, then runs server/main.ts.
const server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port)], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** The server answers (the build, when one runs first, takes a while). */
async function up() {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${base}/if/flow/demo-login/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not answer');
}

/** Each shot: a name, a path, and what to do before the picture (wait for the stage, answer). */
const SHOTS = [
  {
    name: 'login-identification',
    path: '/if/flow/demo-login/',
    ready: (page) => page.locator('ak-stage-identification input[name="username"]').waitFor(),
  },
  {
    name: 'login-password',
    path: '/if/flow/demo-login/',
    ready: async (page) => {
      const uid = page.locator('ak-stage-identification input[name="username"]');
      await uid.fill('demo');
      await uid.press('Enter');
      await page.locator('ak-stage-password input[type="password"]').waitFor();
    },
  },
  {
    name: 'enrollment',
    path: '/if/flow/demo-enrollment/',
    ready: (page) => page.locator('ak-stage-prompt input').first().waitFor(),
  },
  {
    name: 'gallery',
    path: '/stages.html',
    full: true,
    ready: async (page) => {
      await page.locator('section .card').first().waitFor();
      // Every stage of the gallery has rendered (each stage's chunk loads on its own).
      await page.waitForLoadState('networkidle');
    },
  },
];

const written = [];
try {
  await up();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    for (const width of [1280, 320]) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width, height: width === 320 ? 640 : 800 },
          colorScheme,
        });
        for (const shot of SHOTS) {
          await context.clearCookies();
          const page = await context.newPage();
          await page.goto(`${base}${shot.path}`);
          await shot.ready(page);
          // The caret blinks and focus rings follow the focus: pictures compare better without.
          await page.addStyleTag({ content: '*{caret-color:transparent !important}' });
          const file = join(dir, `${shot.name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: !!shot.full });
          written.push(file);
          await page.close();
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill('SIGTERM');
}
console.log(written.join('\n'));
