// `npm test`: every layer (lint, types, Node unit, build, browser, e2e), ending with one line
// `N passed, N failed` that CI reads. `node scripts/test.mjs unit browser` runs only those layers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChrome } from './chrome.mjs';

const ALL = ['lint', 'types', 'unit', 'build', 'browser', 'e2e'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, by name, repeated above the closing line so that a log's tail says it. */
const failures = [];
const bin = (name) => join('node_modules', '.bin', name);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A check that is one test: lint, types, build. */
function check(name, cmd, args) {
  console.log(`\n── ${name} ──`);
  if (run(cmd, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
    console.log(`✗ ${name} failed`);
  }
}

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return findTests(p);
    return /\.test\.(ts|mjs)$/.test(f) ? [p] : [];
  });
}

/** Node's test runner, with a TAP copy on disk to count from. */
function nodeTests(name, dir, env = {}) {
  console.log(`\n── ${name} ──`);
  const files = findTests(dir);
  if (!files.length) return console.log(`(no ${name} tests)`);
  const tap = `.test-results/${name}.tap`;
  const ok = run(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped');
  failures.push(...tapFailures(text).map((f) => `${name}: ${f}`));
  if (!ok && count('fail') + count('cancelled') === 0) {
    totals.failed++; // crashed before reporting
    failures.push(`${name}: the test runner ended before reporting`);
  }
}

/** The innermost failing tests of a TAP report, each as "suite › test". */
function tapFailures(text) {
  const stack = [];
  const failed = [];
  for (const line of text.split('\n')) {
    const sub = line.match(/^( *)# Subtest: (.*)$/);
    if (sub) {
      stack.length = sub[1].length / 4;
      stack.push(sub[2]);
    } else if (/^ *not ok \d+ /.test(line)) {
      failed.push(stack.slice(0, line.search(/\S/) / 4 + 1));
    }
  }
  // A suite fails with its tests: name only what failed inside it.
  const names = failed.map((path) => path.join(' › '));
  return names.filter((n) => !names.some((m) => m.startsWith(`${n} › `)));
}

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });
const needsBrowser = wanted.some((l) => ['browser', 'e2e'].includes(l));
const chrome = needsBrowser ? ensureChrome() : undefined;
if (chrome) {
  process.env.CHROME_PATH = chrome;
  console.log(`Browser: ${chrome}`);
}

for (const layer of wanted) {
  if (layer === 'lint') {
    check('eslint', bin('eslint'), ['--max-warnings', '0', '.']);
    check('prettier', bin('prettier'), ['--check', '.']);
  } else if (layer === 'types')
    check('typescript', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  else if (layer === 'unit') nodeTests('unit', 'test/unit');
  else if (layer === 'build') check('build', process.execPath, ['scripts/build.mjs']);
  else if (layer === 'browser') {
    console.log('\n── browser (web-test-runner, Chromium) ──');
    const ok = run(bin('web-test-runner'), []);
    const file = '.test-results/browser.json';
    if (existsSync(file)) {
      const r = JSON.parse(readFileSync(file, 'utf8'));
      totals.passed += r.passed;
      totals.failed += r.failed;
      totals.skipped += r.skipped;
      failures.push(...(r.failures ?? []).map((f) => `browser: ${f}`));
      if (!ok && r.failed === 0) {
        totals.failed++;
        failures.push('browser: web-test-runner failed without a failing test');
      }
    } else {
      totals.failed++;
      failures.push('browser: web-test-runner wrote no results');
    }
  } else if (layer === 'e2e') nodeTests('e2e', 'test/e2e');
  else {
    console.error(`unknown layer ${layer}; known: ${ALL.join(', ')}`);
    process.exit(2);
  }
}

if (totals.skipped) console.log(`\n(${totals.skipped} skipped: see the notices above)`);
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
