import { describe, expect, it } from 'vitest';
import { openSecureWindow, type WindowConstructor } from '../../../../electron/main/open-secure-window.ts';

// Electron's option type, reached without importing `electron` (tests stay Electron-free by lint).
type BrowserWindowConstructorOptions = ConstructorParameters<WindowConstructor<unknown>>[0];

/** Stands in for BrowserWindow: records the options it was built with. */
class FakeWindow {
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
  }
}

describe('openSecureWindow', () => {
  const { options } = openSecureWindow(FakeWindow, '/app/dist/electron/preload.cjs');

  it('uses the security baseline for webPreferences', () => {
    expect(options.webPreferences).toEqual({
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
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('sets no insecure preference a later edit might sneak in', () => {
    const preferences = options.webPreferences ?? {};
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
    expect(preferences).not.toHaveProperty('partition');
  });

  it('opens hidden at the agreed size and title', () => {
    expect(options).toMatchObject({ width: 1280, height: 860, show: false, title: '评审台 Pingshen' });
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });
});
