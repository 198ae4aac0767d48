// Angular compiles ahead of time with its own compiler first (`npx ngc -p examples/angular`, into
// dist/examples-ngc/angular); Vite then bundles that output, with Angular's linker (Babel) turning
// the framework packages' partial declarations into final code, as the Angular CLI does.
import { transformAsync } from '@babel/core';
import linker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared.mjs';

const angularLinker = {
  name: 'angular-linker',
  async transform(code, id) {
    if (!/[\\/]@angular[\\/].*\.m?js$/.test(id) || !code.includes('ɵɵngDeclare')) return null;
    const result = await transformAsync(code, {
      filename: id,
      plugins: [linker],
      compact: false,
      configFile: false,
      babelrc: false,
      sourceMaps: true,
    });
    return result && { code: result.code, map: result.map };
  },
};

export default defineConfig({
  ...exampleConfig('angular', [angularLinker]),
  server: { fs: { allow: ['../..'] } },
});
