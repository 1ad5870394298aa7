// Builds the renderer into dist/renderer, loaded by Electron from app://pingshen and by the browser host.
import react from '@vitejs/plugin-react';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** An absolute path under renderer/ (the harness config reuses it; it may not import node:*). */
export function rendererPath(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}

/**
 * What pdf.js loads at run time besides the worker, all from the same pinned pdfjs-dist: packed
 * CMaps (Chinese text in non-embedded fonts), standard fonts (non-embedded base-14), WebAssembly
 * decoders (JBIG2/JPX scans and stamps, colour management) and ICC profiles. QuickJS is left
 * out: scripting is never enabled.
 */
const pdfjsAssetFolders: Readonly<Record<string, (name: string) => boolean>> = {
  cmaps: () => true,
  standard_fonts: () => true,
  wasm: (name) => !name.toLowerCase().includes('quickjs'),
  iccs: () => true,
};

function pdfjsDistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * Ships pdf.js's run-time assets under `pdfjs/` beside the page (copied into the output on build,
 * served from node_modules by the dev server), so they load from our own origin, offline.
 */
export function pdfjsAssets(): Plugin {
  let log: (message: string) => void = () => undefined;
  const source = pdfjsDistDir();
  const files = Object.entries(pdfjsAssetFolders).flatMap(([folder, keep]) =>
    readdirSync(join(source, folder))
      .filter(keep)
      .map((name) => `${folder}/${name}`),
  );
  const shipped = new Set(files);
  return {
    name: 'pingshen-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/pdfjs\/([a-z_]+\/[^/?#]+)/.exec(request.url ?? '');
        const file = match?.[1] ? decodeURIComponent(match[1]) : null;
        if (!file || !shipped.has(file)) return next();
        response.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
        response.end(readFileSync(join(source, file)));
      });
    },
    configResolved(config) {
      log = (message) => config.logger.info(message);
    },
    writeBundle(options) {
      const outDir = options.dir ?? '';
      for (const file of files) {
        mkdirSync(dirname(join(outDir, 'pdfjs', file)), { recursive: true });
        copyFileSync(join(source, file), join(outDir, 'pdfjs', file));
      }
      log(`pdf.js assets: ${files.length} files (cmaps, standard_fonts, wasm, iccs) copied to pdfjs/`);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    target: 'es2023',
  },
});
