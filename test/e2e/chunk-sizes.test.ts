// The size budget of the script-tag bundle's lazy stage chunks: each within 10 KB gzip, as the
// README promises (zxcvbn, loaded only when a policy needs it, and DOMPurify, loaded only by a
// browser without the HTML Sanitizer API, are exempt; the sanitizer chunk itself is not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './harness.js';

const BUDGET = 10 * 1024;
/** The script and the chunks its first paint needs (rollup.config.mjs `FIRST_PAINT`). */
const FIRST_PAINT = ['ak-flow.js', 'chunks/validate.js', 'chunks/brand.js'];
const LOCALE_BUDGET = 6 * 1024;
const EXEMPT =
  /^(purify\.es|index\.esm|zxcvbn-(passwords|english-wikipedia|us-tv-and-film|names))-/;

test('every lazy stage chunk is within 10 KB gzip', () => {
  ensureBuilt();
  const dir = 'dist/cdn/chunks';
  const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && !EXEMPT.test(f));
  for (const stage of [
    'ak-stage-captcha',
    'ak-source-plex',
    'ak-provider-iframe-logout',
    'sanitize',
    // The identification stage's passkey autofill, loaded only when a challenge offers passkeys.
    'passkey-autofill',
  ]) {
    assert.ok(
      chunks.some((f) => f.startsWith(`${stage}-`)),
      `${stage} is a lazy chunk of its own`,
    );
  }
  const over = chunks
    .map((f) => ({ f, size: gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length }))
    .filter(({ size }) => size > BUDGET);
  assert.deepEqual(over, [], 'chunks over budget');
});

test('every locale chunk is within 6 KB gzip, and lazy stages bring their own messages', () => {
  ensureBuilt();
  const dir = 'dist/cdn/locales';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  // The main module of each of the 29 locales, and per locale a chunk for each lazy stage's messages.
  for (const locale of ['de', 'ar', 'en-XA', 'zh-Hant']) {
    // Under a fixed name (rollup.config.mjs): the script names each one.
    assert.ok(files.includes(`${locale}.js`), `${locale} main chunk`);
    assert.ok(
      files.some((f) => f.startsWith(`${locale}.ak-stage-prompt-`)),
      `${locale} prompt part`,
    );
  }
  const sizes = files.map((f) => ({
    f,
    size: gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length,
  }));
  assert.ok(sizes.length > 29 * 2, `${sizes.length} locale chunks`);
  const over = sizes.filter(({ size }) => size > LOCALE_BUDGET);
  assert.deepEqual(over, [], 'locale chunks over budget');
});

test('the zxcvbn dictionaries are at most 400 KB gzip, and the feedback packs hold no dictionary', () => {
  ensureBuilt();
  const dir = 'dist/cdn/chunks';
  const gz = (f: string) => gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const lists = files.filter((f) => /^zxcvbn-(?!feedback-)/.test(f));
  assert.deepEqual(lists.map((f) => f.replace(/-[^-]+\.js$/, '')).sort(), [
    'zxcvbn-english-wikipedia',
    'zxcvbn-graphs',
    'zxcvbn-names',
    'zxcvbn-passwords',
    'zxcvbn-us-tv-and-film',
  ]);
  const total = lists.reduce((n, f) => n + gz(f), 0);
  assert.ok(total <= 400 * 1024, `dictionaries ${total} B gzip`);
  // Only the translations of each language pack: its word lists would be tens of KB.
  const packs = files.filter((f) => f.startsWith('zxcvbn-feedback-'));
  assert.equal(packs.length, 13, packs.join(' '));
  for (const f of packs) assert.ok(gz(f) < 2048, `${f}: ${gz(f)} B gzip`);
});

test('the script tag, the chunks of its first paint and the policy control carry V8 compile hints; the script stays within 25 KB gzip', () => {
  ensureBuilt();
  // All of their functions run on the first load (the password-policy control's, on the first
  // keystroke): V8 compiles them while they stream in, off the main thread (rollup.config.mjs,
  // compileHints). A lazy stage's chunk compiles what it uses, as before.
  const control = readdirSync('dist/cdn/chunks').filter((f) =>
    /^ak-password-policy-input-.*\.js$/.test(f),
  );
  assert.equal(control.length, 1, control.join(' '));
  const hinted = [...FIRST_PAINT, `chunks/${control[0]}`].map((f) => `dist/cdn/${f}`);
  for (const file of hinted) {
    assert.ok(
      readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
      `${file} starts with the compile hint`,
    );
  }
  const lazy = readdirSync('dist/cdn/chunks').filter((f) => /^ak-stage-.*\.js$/.test(f));
  assert.ok(lazy.length > 0);
  for (const f of lazy) {
    assert.ok(
      !readFileSync(`dist/cdn/chunks/${f}`, 'utf8').includes('allFunctionsCalledOnLoad'),
      f,
    );
  }
  const main = gzipSync(readFileSync('dist/cdn/ak-flow.js'), { level: 9 }).length;
  assert.ok(main <= 25 * 1024, `ak-flow.js: ${main} B gzip`);
});

test('stage-chunks.json names every lazy stage and control with its chunks, which all exist', () => {
  ensureBuilt();
  const table = JSON.parse(readFileSync('dist/cdn/stage-chunks.json', 'utf8')) as Record<
    string,
    string[]
  >;
  // Every stage has a fixture challenge named by its component; three are in the script itself.
  const inScript = ['ak-stage-identification', 'ak-stage-password', 'xak-flow-redirect'];
  const stages = readdirSync('test/fixtures/challenges')
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  assert.deepEqual(
    Object.keys(table).sort(),
    [
      ...stages.filter((s) => !inScript.includes(s)),
      'ak-flow-locale-picker',
      'ak-password-policy-input',
    ].sort(),
  );
  for (const [tag, files] of Object.entries(table)) {
    assert.ok(files[0].startsWith(`chunks/${tag}-`), `${tag}: its own chunk first (${files[0]})`);
    for (const file of files) {
      assert.ok(readdirSync('dist/cdn/chunks').includes(file.replace(/^chunks\//, '')), file);
      assert.ok(!FIRST_PAINT.includes(file), file);
    }
  }
});

test("esbuild's decorator helper is in the script once: modules share it (rollup.config.mjs sharedDecorators)", () => {
  ensureBuilt();
  // The helper's loop over a property's decorators, last first, as terser writes it:
  // `for(var n,a=...,l=s.length-1;l>=0;l--)(n=s[l])&&(a=...)`. esbuild wrote one per module that
  // uses a decorator (6 in the script, one in each stage chunk): one in the script, none elsewhere.
  const count = (file: string) =>
    readFileSync(file, 'utf8').match(/\.length-1;(\w+)>=0;\1--\)\(\w+=\w+\[\1\]\)&&/g)?.length ?? 0;
  assert.equal(count('dist/cdn/ak-flow.js'), 1);
  assert.equal(count('dist/cdn/ak-flow.iife.js'), 1, 'the classic bundle');
  const chunks = readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'));
  assert.ok(chunks.filter((f) => /^x?ak-[a-z-]+-[\w-]+\.js$/.test(f)).length > 20, 'stage chunks');
  for (const f of chunks) assert.equal(count(`dist/cdn/chunks/${f}`), 0, f);
});
