// The npm package as `npm publish` would upload it: the library and its manifest, nothing of the
// demo pages, the stage gallery, the test fixtures or the tests (scripts/build.mjs writes those to
// dist/demo, which package.json `files` leaves out).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureBuilt } from './harness.js';

ensureBuilt();

/** What `npm pack` would put in the tarball, without writing it. */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [pack] = JSON.parse(out) as { files: { path: string }[]; entryCount: number }[];
  assert.equal(pack.files.length, pack.entryCount);
  return pack.files.map((f) => f.path);
}

// `test` as a word: the ./testing entry (dist/npm/src/testing/) is product.
const NOT_PRODUCT = /fixtures|gallery|demo|examples|\btest\b|\.test\./i;

test('npm pack holds the library and its manifest, and no fixtures, gallery, demo or tests', () => {
  const files = packedFiles();
  for (const wanted of [
    'package.json',
    'dist/npm/index.js',
    'dist/npm/index.d.ts',
    'dist/npm/src/policy/index.js',
    'dist/npm/src/react/index.js',
    'dist/npm/src/react/index.d.ts',
    'dist/npm/src/testing/index.js',
    'dist/npm/src/testing/index.d.ts',
    'dist/cdn/ak-flow.js',
    'dist/cdn/ak-flow.iife.js',
    'custom-elements.json',
    'dist/npm/doctor/ak-flow.js', // `npx ak-flow doctor` (package.json `bin`)
  ]) {
    assert.ok(files.includes(wanted), `${wanted} is in the package`);
  }
  assert.ok(
    files.some((f) => f.startsWith('dist/cdn/chunks/')),
    'the lazy chunks are in the package',
  );
  // The path test covers the source maps (*.js.map) and declarations (*.d.ts) of such files too.
  assert.deepEqual(
    files.filter((f) => NOT_PRODUCT.test(f)),
    [],
    'fixtures, gallery, demo or test files in the package',
  );
});

test('no packed source map points into test/ or demo/: no test code bundled into the library', () => {
  const maps = packedFiles().filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 0, 'the package has source maps to check');
  const offending = maps.flatMap((file) => {
    const { sources } = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] };
    return sources
      .filter((s) => /(^|\/)(test|demo|bench)\//.test(s) && !s.includes('node_modules/'))
      .map((s) => `${file}: ${s}`);
  });
  assert.deepEqual(offending, []);
});
