// `npm run fuzz -- 10000 [seed]`: the stage fuzz test (test/browser/fuzz.test.ts) with that many
// valid and that many mutated generated challenges (default 10,000), in Chromium, from the test's
// fixed seeds or from `seed` (a failure prints the seed and path that reproduce it).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChrome } from './chrome.mjs';

const runs = process.argv[2] ?? '10000';
const seed = process.argv[3] ?? '';
const chrome = ensureChrome();
const result = spawnSync(
  join('node_modules', '.bin', 'web-test-runner'),
  ['--files', 'test/browser/fuzz.test.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, CHROME_PATH: chrome },
  },
);
process.exit(result.status ?? 1);
