import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared.mjs';

export default defineConfig(exampleConfig('react', [react()]));
