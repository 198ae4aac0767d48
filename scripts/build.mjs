// `npm run build`: the npm ESM build with .d.ts, the script-tag bundles, custom-elements.json.
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
// The stage gallery (demo/stages.html) served by the reference server: its script and fixtures.
run(bin('esbuild'), [
  'demo/stages.ts',
  '--bundle',
  '--splitting',
  '--minify',
  '--format=esm',
  '--target=es2022',
  '--tsconfig=tsconfig.json',
  '--outdir=dist/cdn/gallery',
  '--log-level=warning',
]);
cpSync('test/fixtures/challenges', 'dist/cdn/fixtures', { recursive: true });
cpSync('test/browser/stages/frame-child.html', 'dist/cdn/fixtures/frame-child.html');
console.log(
  'Built dist/npm (ESM + .d.ts), dist/cdn/ak-flow.js (+ chunks), dist/cdn/ak-flow.iife.js, ' +
    'custom-elements.json, and the stage gallery (dist/cdn/gallery, dist/cdn/fixtures)',
);
