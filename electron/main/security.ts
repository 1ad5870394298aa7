import type { App, Session, WebContents } from 'electron';
import { isOwnOrigin } from './app-origin.ts';
import { shouldAllowRequest } from './request-filter.ts';

/** True when a frame may navigate to `url`: only within our own origin. */
export function isAllowedNavigation(url: string, devOrigin: string | null): boolean {
  return isOwnOrigin(url, devOrigin);
}

/**
 * Locks one webContents down: navigations and redirects away from our origin are prevented (main
 * frame and subframes), every window.open is denied, and <webview> can never attach.
 */
export function hardenWebContents(contents: WebContents, devOrigin: string | null): void {
  const guard = (details: { readonly url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(details.url, devOrigin)) details.preventDefault();
  };
  contents.on('will-navigate', (details) => guard(details));
  contents.on('will-frame-navigate', (details) => guard(details));
  contents.on('will-redirect', (details) => guard(details));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Locks a session down: every permission request and check is denied (camera, notifications,
 * clipboard reads, devices…), and every request that is not our own protocol is cancelled.
 */
export function hardenSession(session: Session, devOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !shouldAllowRequest(details.url, devOrigin) }));
}

/**
 * Applies the guards to every webContents the app ever creates (windows, DevTools, anything a future
 * change adds), and to its session, so no code path can open an unguarded one.
 */
export function guardAllWebContents(app: App, devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, devOrigin);
    hardenSession(contents.session, devOrigin);
  });
}
