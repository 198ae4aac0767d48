import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import MagicString from 'magic-string';
import { minifyHTMLLiterals } from 'minify-literals';

const ts = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2022', minify: false });
const resolve = () => nodeResolve({ exportConditions: ['browser', 'production'] });
// Three compression passes: about 30 B less of the script-tag bundle than one, which is at its budget.
const min = () =>
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });
/**
 * Lit's `html`, `svg` and `css` templates minified (html-minifier-next and Lightning CSS, through
 * minify-literals): no indentation, comments or CSS whitespace for the browser to download, compile
 * and parse. A run of whitespace in HTML becomes one space but is never removed, as a template may
 * land inside inline content (a label's `<span> *</span>`), where a space shows.
 */
const minifyTemplates = () => ({
  name: 'minify-templates',
  async transform(code, id) {
    if (!/[\\/](components|src)[\\/][^?]*\.ts$/.test(id) || !/(html|svg|css)`/.test(code))
      return null;
    const out = await minifyHTMLLiterals(code, {
      fileName: id.replace(/\.ts$/, '.js'),
      html: { conservativeCollapse: true },
    });
    return out && { code: out.code, map: out.map };
  },
});

/**
 * esbuild writes its decorator helper (`__decorateClass`, with `__defProp`/`__getOwnPropDesc`)
 * into every module that uses a decorator: six copies in the script-tag bundle alone. Each module
 * imports one shared copy instead.
 */
const HELPER =
  /var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\n(var __decorateClass = [\s\S]*?\n};\n)/;
const sharedDecorators = () => ({
  name: 'shared-decorators',
  resolveId: (id) => (id === '\0decorate-class' ? id : null),
  load: (id) => (id === '\0decorate-class' ? sharedHelper : null),
  transform(code) {
    const m = HELPER.exec(code);
    if (!m) return null;
    sharedHelper ??=
      'var __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nexport ' +
      m[1];
    const out = new MagicString(code);
    out.overwrite(
      m.index,
      m.index + m[0].length,
      "import { __decorateClass } from '\\0decorate-class';\n",
    );
    // Left alone if the module uses esbuild's other helpers too (they need __defProp).
    if (/__defProp|__getOwnPropDesc/.test(out.toString())) return null;
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});
let sharedHelper;

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * V8's explicit compile hint for the script tag's bundle: everything in it runs on the first load,
 * so V8 compiles all of its functions while the file streams in, on a background thread, instead
 * of each one on the main thread when first called. After the minifier, which drops comments.
 * `files`: chunk file names, or patterns for hashed ones.
 */
const compileHints = (files) => ({
  name: 'compile-hints',
  renderChunk(code, chunk) {
    if (!files.some((f) => (typeof f === 'string' ? f === chunk.fileName : f.test(chunk.fileName))))
      return null;
    const out = new MagicString(code).prepend('//# allFunctionsCalledOnLoad\n');
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/**
 * `stage-chunks.json` beside the script: for each lazy stage, and each control a stage loads by
 * need (the prompt stage's password-policy control, when the page gives a policy), by its
 * element's tag (a stage's is the challenge's component), the chunks that define it: its own and
 * what that imports, in an order to preload them. A page that knows a flow's first stage preloads
 * these beside the script, so that stage is two round trips away like the stages in the bundle
 * (server/http/routes/flow-pages.ts, the README). Libraries loaded by need (DOMPurify, zxcvbn)
 * and locales stay out, as do the chunks a page preloads anyway (`preloaded`).
 */
const stageChunks = (preloaded) => ({
  name: 'stage-chunks',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    /** The element's tag for its module (components/stages|controls/<dir>/<tag>.ts). */
    const elementTag = (id) =>
      /[\\/]components[\\/](?:stages|controls)[\\/][^\\/]+[\\/](x?ak-[a-z0-9-]+)\.ts$/.exec(
        id,
      )?.[1];
    const withImports = (file, into) => {
      if (into.includes(file) || preloaded.includes(file)) return into;
      into.push(file);
      for (const dep of byFile.get(file)?.imports ?? []) withImports(dep, into);
      return into;
    };
    const table = {};
    for (const chunk of chunks) {
      if (preloaded.includes(chunk.fileName)) continue;
      for (const tag of chunk.moduleIds.map(elementTag).filter(Boolean))
        table[tag] = withImports(chunk.fileName, []);
    }
    const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
    this.emitFile({
      type: 'asset',
      fileName: 'stage-chunks.json',
      source: JSON.stringify(sorted, null, 2) + '\n',
    });
  },
});

/** The script and the chunks its first paint needs, which a page preloads with it (see the README). */
const FIRST_PAINT = ['ak-flow.js', 'chunks/validate.js', 'chunks/brand.js'];

/** Locale modules generated by lit-localize (not the locale-codes list). */
const isLocaleModule = (id) => /[\\/]locales[\\/]generated[\\/](?!locale-codes)[^\\/]+$/.test(id);
/** A lazy stage's messages in one locale (generated/<locale>/<stage>.ts, split-locales.mjs). */
const localePart = (id) =>
  /[\\/]locales[\\/]generated[\\/]([^\\/]+)[\\/]([^\\/]+)\.ts$/.exec(id ?? '');

/** The classic bundle speaks English only: every other locale resolves to "not in this bundle". */
const englishOnly = () => ({
  name: 'english-only',
  async resolveId(id, importer, options) {
    if (!importer?.includes('locales')) return null;
    const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
    return resolved && isLocaleModule(resolved.id) ? '\0ak-locale-absent' : null;
  },
  load: (id) => (id === '\0ak-locale-absent' ? 'export const templates = null;' : null),
});

export default [
  // npm: ES modules as in the source tree, dependencies left to the application's bundler.
  {
    input: ['index.ts', 'src/policy/index.ts', 'src/react/index.ts', 'src/testing/index.ts'],
    external: (id) =>
      /^(lit|@lit\/|@lit-labs\/|dompurify|uqr|@zxcvbn-ts\/|react$|node:|playwright)/.test(id),
    plugins: [resolve(), ts()],
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, sourcemap: true },
    onwarn,
  },
  // Script tag: one <script type="module">, rare stages as lazy chunks beside it.
  {
    input: { 'ak-flow': 'index.ts' },
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      resolve(),
      ts(),
      sharedDecorators(),
      minifyTemplates(),
      min(),
      compileHints([
        ...FIRST_PAINT,
        // The password-policy control: all of it runs on the first keystroke (lazy compilation
        // there made the first keystroke's feedback about 0.6 ms slower).
        /^chunks\/ak-password-policy-input-/,
      ]),
      stageChunks(FIRST_PAINT),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Rollup's own code (the `import()` of a module in the same chunk, namespace objects) in the
      // shorter ES2015 forms, with no `Symbol.toStringTag` added: about 17 B less gzip.
      generatedCode: { arrowFunctions: true, constBindings: true, objectShorthand: true },
      // Each locale is its own lazy chunk in locales/, loaded only when the widget speaks it.
      // A lazy stage's messages are locales/<locale>.<stage>-<hash>.js. The challenge checks and the
      // brand have fixed names, so a page can preload them with the script
      // (`<link rel="modulepreload" href=".../chunks/validate.js">`, see the README).
      // Content hashes of 7 characters (rollup's least for this many chunks, 42 bits), not 8: the
      // script names each lazy stage's file, and a hash is all entropy to gzip.
      chunkFileNames: (chunk) => {
        const part = localePart(chunk.facadeModuleId);
        if (part) return `locales/${part[1]}.${part[2]}-[hash:7].js`;
        // Each language's main messages under a fixed name, revalidated like the script: the
        // script names all 29, and their hashes would be about 220 B of its gzip (all entropy).
        if (chunk.facadeModuleId && isLocaleModule(chunk.facadeModuleId))
          return 'locales/[name].js';
        if (chunk.facadeModuleId && /[\\/]src[\\/]api[\\/]validate\.ts$/.test(chunk.facadeModuleId))
          return 'chunks/validate.js';
        if (
          chunk.facadeModuleId &&
          /[\\/]components[\\/]brand[\\/]ak-flow-brand\.ts$/.test(chunk.facadeModuleId)
        )
          return 'chunks/brand.js';
        // The strength meter's word lists (src/policy/zxcvbn-data) and zxcvbn-ts's feedback
        // translations by language, named so that the bench and the size test can find them.
        const dict = /[\\/]zxcvbn-data[\\/]([^\\/]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (dict) return `chunks/zxcvbn-${dict[1]}-[hash:7].js`;
        const pack = /@zxcvbn-ts[\\/]language-([^\\/]+)[\\/]dist[\\/]translations/.exec(
          chunk.facadeModuleId ?? '',
        );
        if (pack) return `chunks/zxcvbn-feedback-${pack[1]}-[hash:7].js`;
        return 'chunks/[name]-[hash:7].js';
      },
      sourcemap: true,
    },
    onwarn,
  },
  // Classic script tag for pages that cannot load modules: one file, no lazy chunks, English only. The zxcvbn
  // dictionaries (about 390 KB gzip) stay out: its import fails and the strength meter reports
  // "unavailable" (the policy's other rules still run); use the module bundle for the meter.
  {
    input: 'index.ts',
    external: (id) => id.startsWith('@zxcvbn-ts/') || /[\\/]zxcvbn-data[\\/]/.test(id),
    plugins: [englishOnly(), resolve(), ts(), sharedDecorators(), minifyTemplates(), min()],
    output: {
      file: 'dist/cdn/ak-flow.iife.js',
      format: 'iife',
      name: 'AkFlow',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    onwarn,
  },
  // `npx ak-flow doctor`: the embed doctor, a Node CLI (package.json `bin`), with no dependency.
  {
    input: 'doctor/cli.ts',
    external: (id) => id.startsWith('node:'),
    plugins: [ts()],
    output: { file: 'dist/npm/doctor/ak-flow.js', format: 'es', banner: '#!/usr/bin/env node' },
    onwarn,
  },
];
