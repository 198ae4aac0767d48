// Splits each locale module that `npx lit-localize build` writes (components/locales/generated/
// <locale>.ts, every message of the widget) so that no locale chunk outgrows its 6 KB gzip budget
// and a login downloads only what it shows:
//   <locale>.ts             the messages of the main bundle (executor, stage kit, the stages it
//                           imports statically), plus `parts`: one lazy loader per stage below
//   <locale>/<stage>.ts     the messages only a lazily loaded stage uses (the registry loads them
//                           together with the stage's own chunk, so it never paints in English)
// Nothing is listed by hand: each message belongs to the source files that call msg() with it, and
// a file belongs to the main bundle when index.ts reaches it by imports, else to every stage of the
// registry (components/stages/kit/registry.ts, STAGES) whose module reaches it. A message that the
// main bundle uses stays in <locale>.ts only; one that several lazy stages use is in each of them.
//   node scripts/split-locales.mjs [dir]    dir: the generated modules (default: the project's)
// Run it after every `npx lit-localize build` (npm run i18n:build does both); the unit test in
// test/unit/i18n/locales.test.ts fails when the committed modules are not its output.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import {
  extractOptions,
  extractTemplate,
  generateMsgIdFromAstNode,
  isMsgCall,
} from '@lit/localize-tools/lib/program-analysis.js';
import { readTsConfig } from '@lit/localize-tools/lib/typescript.js';

const ROOT = process.cwd();
const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
const outDir = resolve(process.argv[2] ?? config.output.outputDir);
const ENTRY = resolve(ROOT, 'index.ts');
const REGISTRY = resolve(ROOT, 'components/stages/kit/registry.ts');
const MARK = '// Split by scripts/split-locales.mjs';

// --- Which source file uses which message, and which file imports which ----------------------
const { fileNames, options } = readTsConfig(resolve(ROOT, config.tsConfig));
const program = ts.createProgram([...fileNames, ENTRY], options);
const checker = program.getTypeChecker();
const ours = (f) => !f.isDeclarationFile && !relative(ROOT, f.fileName).startsWith('node_modules');

/** file → { messages: Set<id>, imports: Set<file>, lazy: Map<file, registry key | undefined> } */
const files = new Map();
const resolveSpec = (spec, from) =>
  ts.resolveModuleName(spec, from, options, ts.sys).resolvedModule?.resolvedFileName;

for (const sf of program.getSourceFiles().filter(ours)) {
  const info = { messages: new Set(), imports: new Set(), lazy: new Map() };
  files.set(resolve(sf.fileName), info);
  const visit = (node) => {
    if (isMsgCall(node, checker)) {
      const [templateArg, optionsArg] = node.arguments;
      const t = extractTemplate(templateArg, sf, checker);
      const o = extractOptions(optionsArg, sf);
      if (t.result && o.result) {
        info.messages.add(
          o.result.id ?? generateMsgIdFromAstNode(t.result.template, t.result.tag === 'html'),
        );
      }
    }
    const staticSpec =
      (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly)
        ? node.moduleSpecifier
        : undefined;
    if (staticSpec && ts.isStringLiteral(staticSpec)) {
      const target = resolveSpec(staticSpec.text, sf.fileName);
      if (target) info.imports.add(resolve(target));
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const target = resolveSpec(node.arguments[0].text, sf.fileName);
      // In the registry, the key of the STAGES entry that loads it ('ak-stage-prompt': () => …).
      let key;
      for (let p = node.parent; p && !key; p = p.parent) {
        if (ts.isPropertyAssignment(p)) key = p.name.getText(sf).replace(/^['"]|['"]$/g, '');
      }
      if (target) info.lazy.set(resolve(target), key);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** The registry's stages: key → module file. */
const stages = new Map(
  [...(files.get(REGISTRY)?.lazy ?? [])].filter(([, key]) => key).map(([f, key]) => [key, f]),
);
if (!stages.size) throw new Error('no stage table found in components/stages/kit/registry.ts');

/**
 * Every file `start` reaches: its static imports and its own import()s (a module it loads when it
 * needs it, e.g. the policy input a prompt stage shows, is part of it), but not the registry's
 * stage loaders: each stage is its own part.
 */
function reach(start) {
  const seen = new Set();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f) || !files.has(f)) continue;
    seen.add(f);
    const info = files.get(f);
    todo.push(...info.imports);
    if (f !== REGISTRY) todo.push(...info.lazy.keys());
  }
  return seen;
}

const core = reach(ENTRY);
const coreIds = new Set([...core].flatMap((f) => [...files.get(f).messages]));
/** stage key → the message ids only it (among lazy code) needs. */
const partIds = new Map();
for (const [key, file] of stages) {
  const ids = new Set(
    [...reach(file)].filter((f) => !core.has(f)).flatMap((f) => [...files.get(f).messages]),
  );
  for (const id of coreIds) ids.delete(id);
  if (ids.size) partIds.set(key, ids);
}
// A message no part claims (a file nothing imports) stays in the main module: never English.
const claimed = new Set([...partIds.values()].flatMap((s) => [...s]));

// --- Rewriting the generated modules ----------------------------------------------------------
const HEADER =
  '// Do not modify this file by hand! Re-generate it with npm run i18n:build\n' +
  '// (npx lit-localize build, then node scripts/split-locales.mjs).';

/** The `templates` entries of a module lit-localize wrote: id → source text of the value. */
function entries(text, file) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = new Map();
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(sf) === 'templates' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const p of node.initializer.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        out.set(p.name.getText(sf).replace(/^['"]|['"]$/g, ''), p.initializer.getText(sf));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function module(list, extra = '') {
  const body = list.map(([id, value]) => `  ${JSON.stringify(id)}: ${value},`).join('\n');
  const uses = (tag) => list.some(([, v]) => v.startsWith(`${tag}\``));
  const imports = [
    uses('str') ? "import { str } from '@lit/localize';" : '',
    uses('html') ? "import { html } from 'lit';" : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    `${HEADER}\n${MARK}\n` +
    `${imports}\n\n/* eslint-disable no-irregular-whitespace */\n` +
    `/* eslint-disable @typescript-eslint/no-explicit-any */\n\n` +
    `export const templates = {\n${body}\n};\n${extra}`
  );
}

const locales = config.targetLocales;
for (const locale of locales) {
  const file = join(outDir, `${locale}.ts`);
  const text = readFileSync(file, 'utf8');
  if (text.includes(MARK)) {
    throw new Error(`${file} is split already: run npx lit-localize build first`);
  }
  const all = entries(text, file);
  const dir = join(outDir, locale);
  rmSync(dir, { recursive: true, force: true });
  const parts = [];
  for (const [key, ids] of [...partIds].sort(([a], [b]) => a.localeCompare(b))) {
    const list = [...all].filter(([id]) => ids.has(id));
    if (!list.length) continue;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${key}.ts`), module(list));
    parts.push(`  ${JSON.stringify(key)}: () => import('./${locale}/${key}.js'),`);
  }
  const main = [...all].filter(([id]) => coreIds.has(id) || !claimed.has(id));
  const loaders =
    `\n/** The messages of each lazy stage, loaded with it. */\n` +
    `export const parts = {\n${parts.join('\n')}\n};\n`;
  writeFileSync(file, module(main, loaders));
}

// Leftovers of a locale no longer configured.
for (const name of readdirSync(outDir)) {
  const p = join(outDir, name);
  if (!name.endsWith('.ts') && !locales.includes(name) && existsSync(p)) {
    rmSync(p, { recursive: true, force: true });
  }
}
const rel = relative(ROOT, outDir) || '.';
console.log(
  `split ${locales.length} locales in ${rel}: ${coreIds.size} messages in the main module, ` +
    `${partIds.size} lazy stage parts (${[...partIds.keys()].join(', ')})`,
);
