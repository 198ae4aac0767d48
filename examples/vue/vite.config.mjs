import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared.mjs';

// Vue's template compiler leaves <ak-*> tags to the browser: they are custom elements.
const isCustomElement = (tag) => tag.startsWith('ak-');

export default defineConfig(
  exampleConfig('vue', [vue({ template: { compilerOptions: { isCustomElement } } })]),
);
