// `npm run fuzz -- 10000`: the stage fuzz test (test/browser/fuzz.test.ts) with that many valid
// and that many mutated generated challenges (default 10,000), in Chromium.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChrome } from './chrome.mjs';

const runs = process.argv[2] ?? '10000';
const chrome = ensureChrome();
const result = spawnSync(
  join('node_modules', '.bin', 'web-test-runner'),
  ['--files', 'test/browser/fuzz.test.ts'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, CHROME_PATH: chrome } },
);
process.exit(result.status ?? 1);
