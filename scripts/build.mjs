// `npm run build`: the npm ESM build with .d.ts, the script-tag bundles, custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), [
  'analyze',
  '--litelement',
  '--globs',
  'components/**/*.ts',
  '--exclude',
  '**/*.test.ts',
]);
console.log(
  'Built dist/npm (ESM + .d.ts), dist/cdn/ak-flow.js (+ chunks), dist/cdn/ak-flow.iife.js, custom-elements.json',
);
