import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ts = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2022', minify: false });
const resolve = () => nodeResolve({ exportConditions: ['browser', 'production'] });
const min = () => terser({ ecma: 2022, module: true, format: { comments: false } });
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  // npm: ES modules as in the source tree, dependencies left to the application's bundler.
  {
    input: ['index.ts', 'src/policy/index.ts'],
    external: (id) => /^(lit|@lit\/|@lit-labs\/|dompurify|uqr|@zxcvbn-ts\/)/.test(id),
    plugins: [resolve(), ts()],
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, sourcemap: true },
    onwarn,
  },
  // Script tag: one <script type="module">, rare stages as lazy chunks beside it.
  {
    input: { 'ak-flow': 'index.ts' },
    preserveEntrySignatures: 'allow-extension',
    plugins: [resolve(), ts(), min()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    onwarn,
  },
  // Classic script tag for pages that cannot load modules: one file, no lazy chunks. The zxcvbn
  // dictionaries (about 770 KB gzip) stay out: its import fails and the strength meter reports
  // "unavailable" (the policy's other rules still run); use the module bundle for the meter.
  {
    input: 'index.ts',
    external: (id) => id.startsWith('@zxcvbn-ts/'),
    plugins: [resolve(), ts(), min()],
    output: {
      file: 'dist/cdn/ak-flow.iife.js',
      format: 'iife',
      name: 'AkFlow',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    onwarn,
  },
];
