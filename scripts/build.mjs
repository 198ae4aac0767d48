// `npm run build`: the library (dist/npm: ESM + .d.ts; dist/cdn: the script-tag bundles;
// custom-elements.json), and apart from it the demo pages' assets (dist/demo), which the reference
// server serves at /static/demo/ and which never go into the npm package (package.json `files`).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
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
// The stage gallery (demo/stages.html) served by the reference server: its script and the test
// fixtures it renders, in dist/demo so that nothing of the demo or the tests sits in the library.
run(bin('esbuild'), [
  'demo/stages.ts',
  '--bundle',
  '--splitting',
  '--minify',
  '--format=esm',
  '--target=es2022',
  '--tsconfig=tsconfig.json',
  '--outdir=dist/demo/gallery',
  '--log-level=warning',
]);
cpSync('test/fixtures/challenges', 'dist/demo/fixtures', { recursive: true });
cpSync('test/browser/stages/frame-child.html', 'dist/demo/fixtures/frame-child.html');
console.log(
  'Built dist/npm (ESM + .d.ts), dist/cdn/ak-flow.js (+ chunks), dist/cdn/ak-flow.iife.js, ' +
    'custom-elements.json; the stage gallery apart in dist/demo (gallery/, fixtures/)',
);
