import { BrowserWindow } from 'electron';
import { openSecureWindow } from './open-secure-window.ts';

/**
 * Opens the main window on `url` and shows it once the first paint is ready, so the user never
 * sees a blank frame. Navigation and window guards come from the web-contents-created hook.
 */
export function createWindow(preload: string, url: string, onLoadError: (error: unknown) => void): BrowserWindow {
  const window = openSecureWindow(BrowserWindow, preload);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch(onLoadError);
  return window;
}
