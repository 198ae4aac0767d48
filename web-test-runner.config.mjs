import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { mockServer } from './test/browser/mock-server.mjs';

/** Writes the pass/fail totals for scripts/test.mjs, which prints the closing line. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const failures = [];
      const walk = (suite, file, path) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else {
            failed++;
            const why = t.error?.message?.split('\n')[0];
            failures.push(`${file}: ${[...path, t.name].join(' › ')}${why ? ` (${why})` : ''}`);
          }
        }
        for (const s of suite.suites) walk(s, file, [...path, s.name]);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults, relative(process.cwd(), s.testFile), []);
        // A file that failed to load has no results: count it as one failure.
        if (
          !s.passed &&
          (!s.testResults || s.testResults.tests.length + s.testResults.suites.length === 0)
        ) {
          failed++;
          const file = relative(process.cwd(), s.testFile);
          failures.push(`${file}: did not run (${s.errors?.[0]?.message ?? 'no results'})`);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(
        '.test-results/browser.json',
        JSON.stringify({ passed, failed, skipped, failures }),
      );
    },
  };
}

/**
 * `executeServerCommand('forced-colors', { value: 'active' | 'none' })`: Windows high contrast,
 * emulated through the DevTools protocol (puppeteer's emulateMediaFeatures refuses the feature).
 */
function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      // One DevTools session per test page, kept open: the emulation ends with its session.
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.value }],
      });
      return true;
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: Number(process.env.FUZZ_RUNS) > 1000 ? 3600000 : 300000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // Generated image URLs (the fuzz test) may not be valid percent-encoding: a plain 404.
    async (ctx, next) => {
      try {
        decodeURIComponent(ctx.path);
      } catch {
        ctx.status = 404;
        return;
      }
      return next();
    },
    mockServer(),
    // How many cases test/browser/fuzz.test.ts generates, from which seed (scripts/fuzz.mjs sets
    // FUZZ_RUNS and FUZZ_SEED; without a seed, the test's fixed ones).
    async (ctx, next) => {
      if (ctx.path !== '/__fuzz-runs') return next();
      ctx.body = {
        runs: Number(process.env.FUZZ_RUNS) || 150,
        seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : null,
      };
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin(),
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter(),
  ],
};
