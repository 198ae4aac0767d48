// The example apps (examples/): React through the ./react entry, Vue, Svelte, and Angular, each
// built by its framework's own compiler (Vite's React, Vue and Svelte plugins; Angular's ngc, then
// its linker) against the built package, served beside the reference server, and logged in
// through in Chromium. Each app shows its own "Signed in" once the widget's redirect event reached
// the framework's handler (which keeps the page), so both props and typed event callbacks count.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO, openPage, signIn, startServer, useE2E } from './harness.js';
import type { ExtraPages } from './harness.js';

const FRAMEWORKS = { react: 'React', vue: 'Vue', svelte: 'Svelte', angular: 'Angular' } as const;
type Framework = keyof typeof FRAMEWORKS;

const run = promisify(execFile);
const bin = (name: string) => join('node_modules', '.bin', name);

/** Builds one example as its README says; Angular compiles ahead of time with ngc first. */
async function build(framework: Framework): Promise<void> {
  if (framework === 'angular') await run(bin('ngc'), ['-p', 'examples/angular/tsconfig.json']);
  await run(bin('vite'), ['build', '-c', `examples/${framework}/vite.config.mjs`]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Every built file of every example at /examples/<name>/..., index.html at the folder itself. */
function examplePages(): ExtraPages {
  const pages: ExtraPages = {};
  for (const framework of Object.keys(FRAMEWORKS)) {
    const dir = `dist/examples/${framework}`;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const type = TYPES[extname(file)];
      if (!type) continue;
      const body = readFileSync(join(dir, file));
      const path = `/examples/${framework}/${file === 'index.html' ? '' : file}`;
      pages[path] = () => new Response(body, { headers: { 'Content-Type': type } });
    }
  }
  return pages;
}

const e2e = useE2E(async () => {
  // Once for the file, all four at the same time.
  await Promise.all((Object.keys(FRAMEWORKS) as Framework[]).map(build));
  return startServer({}, examplePages());
});

describe('e2e: the framework examples log in through the widget', () => {
  for (const [framework, name] of Object.entries(FRAMEWORKS)) {
    it(`${name}: props in, events out, signed in`, async () => {
      const { context, page, problems } = await openPage(e2e.browser);
      try {
        const app = `${e2e.server.url}/examples/${framework}/`;
        await page.goto(app);
        // The challenge event reached the app's handler: it marks the stage it was told of.
        await page.locator('main[data-stage="ak-stage-identification"]').waitFor();
        await signIn(page, DEMO);
        await page.getByRole('button', { name: 'Yes' }).click();
        const status = page.getByRole('status').filter({ hasText: `Signed in (${name})` });
        await status.waitFor();
        assert.match((await status.textContent()) ?? '', new RegExp(`next: ${e2e.server.url}/`));
        assert.equal(page.url(), app, 'the app kept the page: its redirect handler cancelled');
        assert.deepEqual(problems, [], 'schema violations or page errors');
      } finally {
        await context.close();
      }
    });
  }
});
