// The split locale modules (scripts/split-locales.mjs): in every locale, the main module and the
// stage parts together hold every message of the XLIFF file, and each part is named after a stage
// of the registry (the key the registry loads it by), so no message can be left unreachable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const GEN = join(ROOT, 'components', 'locales', 'generated');
const { targetLocales } = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as {
  targetLocales: string[];
};
const registry = readFileSync(join(ROOT, 'components', 'stages', 'kit', 'registry.ts'), 'utf8');
// An entry is `'tag': () => import(…)`, or wrapped: `'tag': withSanitizer(() => import(…))`.
const stageKeys = new Set(
  [...registry.matchAll(/'([a-z0-9-]+)': (?:\w+\()?\(\) =>/g)].map((m) => m[1]),
);

/** The ids of a module's `templates` (not of its `parts` loaders). */
const ids = (file: string) => {
  const templates = readFileSync(file, 'utf8').split('export const parts')[0]!;
  return [...templates.matchAll(/^ {2}"([^"]+)": /gm)].map((m) => m[1]!);
};

test('the registry names its stages (the split keys its parts by them)', () => {
  assert.ok(stageKeys.has('ak-stage-prompt') && stageKeys.size > 20, [...stageKeys].join());
});

for (const locale of targetLocales) {
  test(`${locale}: main module + stage parts hold every message, parts keyed by stage`, () => {
    const xliff = readFileSync(join(ROOT, 'xliff', `${locale}.xlf`), 'utf8');
    const all = new Set([...xliff.matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]!));
    const main = join(GEN, `${locale}.ts`);
    const found = new Set(ids(main));
    const dir = join(GEN, locale);
    const parts = existsSync(dir) ? readdirSync(dir) : [];
    assert.ok(parts.length > 0, 'the lazy stages have parts');
    const loaders = readFileSync(main, 'utf8');
    for (const file of parts) {
      const key = file.replace(/\.ts$/, '');
      assert.ok(stageKeys.has(key), `${file} is named after a stage of the registry`);
      assert.match(loaders, new RegExp(`"${key}": \\(\\) => import\\('./${locale}/${key}.js'\\)`));
      for (const id of ids(join(dir, file))) found.add(id);
    }
    assert.deepEqual([...found].sort(), [...all].sort());
  });
}
