// Builds the reader's test and benchmark pages (renderer/harness/*.html) into dist/harness. Not
// part of the app: tests/e2e/reader/reader.test.ts and bench/reader/reader.bench.ts build and serve it.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pdfjsAssets, rendererPath } from './vite.config.ts';

export default defineConfig({
  root: rendererPath('./harness'),
  base: './',
  publicDir: false,
  plugins: [react(), pdfjsAssets()],
  logLevel: 'warn',
  build: {
    outDir: rendererPath('../dist/harness'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8192,
    target: 'es2023',
    rollupOptions: {
      input: {
        reader: rendererPath('./harness/reader.html'),
        view: rendererPath('./harness/view.html'),
        baseline: rendererPath('./harness/baseline.html'),
      },
    },
  },
});
