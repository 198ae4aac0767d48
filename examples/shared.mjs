// What every example's vite.config.mjs shares: `@ak-widget/flow` and its entries resolve to this
// checkout's build (dist/npm, through package.json `exports`, as node_modules would), each app
// builds to dist/examples/<name>/ and is served under /examples/<name>/ (test/e2e/frameworks.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** `@ak-widget/flow`, `@ak-widget/flow/react`, ...: each package entry to its built file. */
const alias = Object.entries(pkg.exports).map(([entry, target]) => ({
  find: new RegExp(`^${pkg.name}${entry.slice(1).replace(/\//g, '\\/')}$`),
  replacement: `${root}${target.default.slice(2)}`,
}));

export function exampleConfig(name, plugins = []) {
  return {
    root: fileURLToPath(new URL(`./${name}/`, import.meta.url)),
    base: `/examples/${name}/`,
    plugins,
    resolve: { alias },
    logLevel: 'error',
    // The widget's password-strength dictionaries make one large lazy chunk: expected, not a warning.
    build: {
      outDir: `${root}dist/examples/${name}`,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
    },
  };
}
