import type { BrowserWindowConstructorOptions } from 'electron';

/** A constructor like Electron's BrowserWindow; injected so tests can run without Electron's binary. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** The main window's background, shown before the first paint (antd's layout grey). */
export const windowBackground = '#f5f5f5';

/**
 * Creates the main window with the security baseline of STYLE.md. The options stay a literal inside
 * `new BrowserWindow({…})` on purpose: electronegativity's checks read that expression, so the values
 * it verifies are the ones the app uses, and the unit test checks the same object.
 */
export function openSecureWindow<W>(BrowserWindow: WindowConstructor<W>, preload: string): W {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '评审台 Pingshen',
    show: false,
    backgroundColor: windowBackground,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      preload,
    },
  });
}
