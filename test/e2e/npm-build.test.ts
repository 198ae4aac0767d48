// The npm build as an application's bundler or Node sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ensureBuilt } from './harness.js';

ensureBuilt();

/** Every module the file imports, transitively, within dist/npm. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.')) importGraph(new URL(spec, `file://${file}`).pathname, seen);
    else seen.add(spec);
  }
  return seen;
}

test('the password-policy entry runs in Node on its own: no Lit, no DOM', async () => {
  const entry = `${process.cwd()}/dist/npm/src/policy/index.js`;
  const graph = [...importGraph(entry)];
  assert.equal(graph.filter((m) => /^(lit|@lit\/)/.test(m)).length, 0, graph.join('\n'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.exports['./policy'].default, './dist/npm/src/policy/index.js');
  const { evaluatePasswordPolicy } = await import(entry);
  const result = await evaluatePasswordPolicy(
    { length_min: 8, amount_digits: 1, error_message: 'Too weak.' },
    'short',
  );
  assert.equal(result.passing, false);
  assert.deepEqual(result.messages, ['Too weak.']);
});

test('the main entry has type declarations and a custom-elements manifest', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(readFileSync(pkg.types, 'utf8').includes('AkFlowExecutor'));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
    (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
  );
  for (const tag of ['ak-flow-executor', 'ak-stage-identification', 'ak-stage-password']) {
    assert.ok(tags.includes(tag), `${tag} in custom-elements.json`);
  }
});

test("an application's bundler keeps the elements: importing the package defines every main-bundle stage", async () => {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: "import '@ak-widget/flow';", resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    // Resolve the package name to this checkout, as node_modules would.
    alias: { '@ak-widget/flow': process.cwd() },
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  for (const tag of ['ak-flow-executor', 'ak-stage-identification', 'ak-stage-password']) {
    assert.match(code, new RegExp(`\\bdefine\\("${tag}"`), `${tag} survives tree-shaking`);
  }
});

test("custom-elements.json documents every --ak-* custom property the README's Styling lists", () => {
  // The README's list is what integrators are told they can set; the manifest (from the
  // executor's @cssprop JSDoc tags) is what IDEs and documentation tools show them.
  const readme = readFileSync('README.md', 'utf8');
  const styling = readme.match(/^### Styling\n([\s\S]*?)^#/m)?.[1];
  assert.ok(styling, 'the README has a "### Styling" section');
  const listed = [...new Set(styling.match(/--ak-[a-z0-9-]+/g))];
  assert.ok(listed.length >= 10, `the Styling section lists the tokens: ${listed.join(', ')}`);

  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  type Declaration = { tagName?: string; cssProperties?: { name: string }[] };
  const executor = manifest.modules
    .flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
    .find((d: Declaration) => d.tagName === 'ak-flow-executor') as Declaration | undefined;
  assert.ok(executor, 'ak-flow-executor is declared in custom-elements.json');
  const documented = new Set((executor.cssProperties ?? []).map((p) => p.name));
  const missing = listed.filter((token) => !documented.has(token));
  assert.deepEqual(
    missing,
    [],
    `${missing.length} of ${listed.length} tokens have no @cssprop on ak-flow-executor`,
  );
});

/** Minified and gzipped size of a bundle of `contents` (React left out: the application has it). */
async function gzipBundle(contents: string): Promise<number> {
  const { build } = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  const out = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    external: ['react', 'react-dom'],
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].text, { level: 9 }).length;
}

test('the ./react entry adds at most 2 KB gzip to an application that imports the package', async () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.exports['./react'].default, './dist/npm/src/react/index.js');
  assert.equal(pkg.peerDependenciesMeta.react.optional, true, 'React is an optional peer');
  const element = await gzipBundle("export { AkFlowExecutor } from './dist/npm/index.js';");
  const wrapped = await gzipBundle(
    "export { AkFlowExecutor } from './dist/npm/src/react/index.js';",
  );
  const added = wrapped - element;
  console.log(`# ./react adds ${added} B gzip (${element} B → ${wrapped} B)`);
  assert.ok(added > 0 && added <= 2048, `./react adds ${added} B gzip`);
});
