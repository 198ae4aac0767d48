// The translations: lit-localize's XLIFF files (xliff/<locale>.xlf) are the source of truth, the
// locale modules in components/locales/generated/ are built from them and committed (so a fresh
// clone tests and builds with no extra step). These tests fail when a msg() has no translation in
// some locale, when a translation lost or gained a placeholder, or when someone edited an XLIFF
// file (or a message) without running `npx lit-localize extract` / `npx lit-localize build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as {
  sourceLocale: string;
  targetLocales: string[];
};
const UNIT =
  /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g;
const PLACEHOLDER = /<x id="\d+" equiv-text="([^"]*)"\/>/g;

interface Unit {
  source: string;
  target?: string;
}

function readXliff(file: string): Map<string, Unit> {
  const text = readFileSync(file, 'utf8');
  return new Map([...text.matchAll(UNIT)].map((m) => [m[1]!, { source: m[2]!, target: m[3] }]));
}

const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

/** Runs the lit-localize CLI with the project's config, its outputs redirected into `dir`. */
function litLocalize(command: 'build' | 'extract', dir: string): void {
  const cfg = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
  cfg.tsConfig = resolve(ROOT, cfg.tsConfig);
  if (command === 'build') {
    cfg.interchange.xliffDir = resolve(ROOT, cfg.interchange.xliffDir);
    cfg.output.outputDir = join(dir, 'generated');
    cfg.output.localeCodesModule = join(dir, 'generated', 'locale-codes.ts');
  } else {
    cfg.interchange.xliffDir = join(dir, 'xliff');
  }
  delete cfg.$schema;
  const file = join(dir, 'lit-localize.json');
  writeFileSync(file, JSON.stringify(cfg));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'lit-localize'), [`--config=${file}`, command], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

test('one XLIFF file per target locale, and nothing else in xliff/', () => {
  const files = readdirSync(join(ROOT, 'xliff')).sort();
  assert.deepEqual(files, config.targetLocales.map((l) => `${l}.xlf`).sort());
});

test('the XLIFF files hold exactly the messages of the source code (extract is up to date)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ak-extract-'));
  try {
    litLocalize('extract', dir);
    const fresh = readXliff(join(dir, 'xliff', `${config.targetLocales[0]}.xlf`));
    for (const locale of config.targetLocales) {
      const units = readXliff(join(ROOT, 'xliff', `${locale}.xlf`));
      assert.deepEqual(
        [...units.keys()].sort(),
        [...fresh.keys()].sort(),
        `${locale}: message ids`,
      );
      for (const [id, unit] of fresh) {
        assert.equal(units.get(id)?.source, unit.source, `${locale} ${id}: source text changed`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const locale of config.targetLocales) {
  test(`${locale}: every message translated, with the same placeholders`, () => {
    const units = readXliff(join(ROOT, 'xliff', `${locale}.xlf`));
    assert.ok(units.size > 100, 'the file holds the messages');
    for (const [id, { source, target }] of units) {
      if (!target?.trim()) assert.fail(`${locale} ${id}: no translation of "${source}"`);
      assert.deepEqual(placeholders(target), placeholders(source), `${locale} ${id}: placeholders`);
      // Text between placeholders is escaped XML: no stray markup got in.
      assert.doesNotMatch(target.replace(PLACEHOLDER, ''), /<|>/, `${locale} ${id}: markup`);
    }
  });
}

/** Every file under `dir`, as paths relative to it. */
const tree = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

test('the committed locale modules are what lit-localize builds and split-locales splits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ak-build-'));
  try {
    litLocalize('build', dir);
    const built = join(dir, 'generated');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'split-locales.mjs'), built], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const committed = join(ROOT, 'components', 'locales', 'generated');
    assert.deepEqual(tree(committed), tree(built), 'file list');
    for (const file of tree(built)) {
      assert.equal(
        readFileSync(join(committed, file), 'utf8'),
        readFileSync(join(built, file), 'utf8'),
        `${file} is stale: run npm run i18n:build`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
