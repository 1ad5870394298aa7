import { join, resolve } from 'node:path';

/** Where the shell finds its files at run time. */
export interface AppPaths {
  /** preload.cjs, beside main.cjs. */
  readonly preload: string;
  /** dist/renderer, served by the app:// protocol. */
  readonly renderer: string;
  /** resources/ (program templates, demo data, pdf.js cMaps and fonts). */
  readonly resources: string;
}

/**
 * Computes the run-time paths from the folder of main.cjs (dist/electron). `baseDir` is main.cjs's
 * `__dirname` in development; a packaged app is located from `process.resourcesPath`, where
 * electron-builder puts app.asar, so a symlinked or relocated checkout cannot confuse it.
 */
export function appPaths(baseDir: string, isPackaged: boolean, resourcesPath: string): AppPaths {
  const bundleDir = isPackaged ? join(resourcesPath, 'app.asar', 'dist', 'electron') : resolve(baseDir);
  return {
    preload: join(bundleDir, 'preload.cjs'),
    renderer: resolve(bundleDir, '..', 'renderer'),
    resources: resolve(bundleDir, '..', '..', 'resources'),
  };
}
