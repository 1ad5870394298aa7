// Bundles the Electron shell with esbuild: electron/main/main.ts → dist/electron/main.cjs,
// electron/preload/preload.ts → dist/electron/preload.cjs and the page-text worker thread
// electron/services/pdf-read/page-text-worker.ts → dist/electron/page-text-worker.cjs (CommonJS, Node 22 as in Electron 45).
// Native and large packages stay in node_modules (external); everything else is bundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

/** Packages loaded from node_modules at run time: native addons, or large trees with their own files. */
const mainExternals = ['electron', 'better-sqlite3', 'pdfkit', 'exceljs', '@embedpdf/fonts-sc', 'pdfjs-dist'];

/** A sandboxed preload can require `electron` and nothing else, so everything else is bundled in. */
const preloadExternals = ['electron'];

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The externals a bundle actually imports, from esbuild's metafile. */
function externalImports(metafile) {
  const found = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const entry of output.imports) if (entry.external) found.add(entry.path);
  }
  return [...found];
}

/** Runs one esbuild build; esbuild has already printed its errors, so a failure exits without a stack. */
async function bundle(options) {
  try {
    return await build(options);
  } catch {
    console.error(`[pingshen] esbuild could not bundle ${options.entryPoints.join(', ')} (errors above).`);
    process.exit(1);
  }
}

rmSync(outDir, { recursive: true, force: true });

/**
 * Gives each of our ES module sources its own `import.meta.url` inside the CommonJS bundle: the URL
 * the file would have if the source tree sat at the app root (the repository, or app.asar), since
 * main.cjs lives two levels below that root in both. So `resolve(import.meta.url, '../../../resources')`
 * in electron/services/demo/ and `createRequire(import.meta.url)` keep meaning what they mean in Node.
 */
const importMetaPlugin = {
  name: 'pingshen-import-meta',
  setup(builder) {
    builder.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const fromRoot = JSON.stringify(relative(root, args.path).split(sep).join('/'));
      const contents = source
        .replaceAll('import.meta.url', `__pingshen_source_url(${fromRoot})`)
        .replaceAll('import.meta.filename', `__pingshen_source_path(${fromRoot})`)
        .replaceAll('import.meta.dirname', `require("node:path").dirname(__pingshen_source_path(${fromRoot}))`);
      return { contents, loader: args.path.endsWith('ts') ? 'ts' : 'js' };
    });
  },
};

const importMetaBanner = [
  'const __pingshen_source_path = (fromRoot) => require("node:path").join(__dirname, "..", "..", fromRoot);',
  'const __pingshen_source_url = (fromRoot) => require("node:url").pathToFileURL(__pingshen_source_path(fromRoot)).href;',
].join('\n');

const main = await bundle({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
  external: mainExternals,
  plugins: [importMetaPlugin],
  banner: { js: importMetaBanner },
});

// A worker thread's entry must be a file of its own: the services start it by path (pageTextWorker in main.ts).
const pageTextWorker = await bundle({
  ...common,
  entryPoints: ['electron/services/pdf-read/page-text-worker.ts'],
  outfile: 'dist/electron/page-text-worker.cjs',
  external: mainExternals,
  plugins: [importMetaPlugin],
  banner: { js: importMetaBanner },
});

const preload = await bundle({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: preloadExternals,
  // It carries zod (through the contract's names) and is parsed on every page load; the map keeps
  // stack traces readable.
  minify: true,
});

const strayPreloadImports = externalImports(preload.metafile).filter((path) => path !== 'electron');
if (strayPreloadImports.length > 0) {
  console.error(`[pingshen] preload.cjs requires ${strayPreloadImports.join(', ')}; a sandboxed preload can only require electron.`);
  process.exit(1);
}

for (const [name, result] of [['main.cjs', main], ['page-text-worker.cjs', pageTextWorker], ['preload.cjs', preload]]) {
  const output = result.metafile.outputs[`dist/electron/${name}`];
  console.log(`[pingshen] dist/electron/${name} ${Math.round((output?.bytes ?? 0) / 1024)} KiB (external: ${externalImports(result.metafile).join(', ') || 'none'})`);
}
