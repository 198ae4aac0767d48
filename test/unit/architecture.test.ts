// No import cycles in the product code: index.ts, src/, components/, server/. In a cycle the order
// modules evaluate in decides whether a value is there yet (undefined, or a TDZ error at load),
// and folders that should layer become one lump. dpdm parses with the TypeScript compiler and
// resolves `./x.js` to `./x.ts` through tsconfig.json, as tsc and the bundlers do.
//
// Two checks: runtime imports (what the JavaScript keeps: `import type` and imports used only as
// types are erased, as tsc/esbuild emit them), and every import as written, type-only included.
// A type-only cycle cannot misorder evaluation, but it still ties the modules together: one
// cannot be understood, moved or tested without the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';

const ROOT = process.cwd();
const PRODUCT = ['index.ts', 'src/**/*.ts', 'components/**/*.ts', 'server/**/*.ts'];

/** Import cycles among `entries` (globs under `cwd`), as lists of paths relative to `cwd`. */
async function importCycles(
  cwd: string,
  entries: string[],
  { typeImports }: { typeImports: boolean },
): Promise<string[][]> {
  const tree = await parseDependencyTree(entries, {
    cwd,
    context: cwd,
    // The repository's compiler options (moduleResolution Bundler) wherever the files are.
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    // Transpiling first drops what only types use, as the emitted JavaScript does.
    transform: !typeImports,
    exclude: /\/node_modules\/|\.test\.ts$/,
  });
  // A lazy `import()` is part of the graph too: a cycle through one still ties the modules.
  return parseCircular(tree, false);
}

/** One cycle per line, grouped by the top folder it starts in. */
function describeCycles(cycles: string[][]): string {
  const byFolder = new Map<string, string[]>();
  for (const cycle of cycles) {
    const folder = cycle[0].includes('/') ? cycle[0].split('/')[0] + '/' : cycle[0];
    const loop = [...cycle, cycle[0]].join(' -> ');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), loop]);
  }
  return [...byFolder]
    .map(([folder, loops]) => `${folder} (${loops.length}):\n  ${loops.join('\n  ')}`)
    .join('\n');
}

test('no import cycles among the runtime imports (index.ts, src/, components/, server/)', async () => {
  const cycles = await importCycles(ROOT, PRODUCT, { typeImports: false });
  assert.equal(cycles.length, 0, `runtime import cycles:\n${describeCycles(cycles)}`);
});

test('no import cycles through type-only imports either', async () => {
  const cycles = await importCycles(ROOT, PRODUCT, { typeImports: true });
  assert.equal(
    cycles.length,
    0,
    `import cycles, type-only imports included:\n${describeCycles(cycles)}`,
  );
});

test('the cycle finder finds cycles: a runtime one, and a type-only one only when asked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ak-cycles-'));
  try {
    const files: Record<string, string> = {
      'a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'c.ts': "import type { D } from './d.js';\nexport interface C { d?: D }\n",
      'd.ts': "import type { C } from './c.js';\nexport interface D { c?: C }\n",
      'e.ts': "import { a } from './a.js';\nexport const e = a;\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const sorted = (cycles: string[][]) => cycles.map((c) => [...c].sort().join(' ')).sort();
    const runtime = await importCycles(dir, ['*.ts'], { typeImports: false });
    assert.deepEqual(sorted(runtime), ['a.ts b.ts']);
    const all = await importCycles(dir, ['*.ts'], { typeImports: true });
    assert.deepEqual(sorted(all), ['a.ts b.ts', 'c.ts d.ts']);
    assert.match(describeCycles(runtime), /a\.ts -> b\.ts -> a\.ts|b\.ts -> a\.ts -> b\.ts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
