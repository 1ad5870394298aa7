import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardAllWebContents, hardenSession, hardenWebContents, isAllowedNavigation } from '../../../../electron/main/security.ts';

type Harden = Parameters<typeof hardenWebContents>;
type HardenSession = Parameters<typeof hardenSession>;

/** Just enough of a webContents for the guards: events plus the window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly session = new FakeSession();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

/** Just enough of a session: records each handler the code installs. */
class FakeSession {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: (() => boolean) | null = null;
  devicePermission: (() => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (handler: FakeSession['beforeRequest']): void => {
      this.beforeRequest = handler;
    },
  };
}

function navigation(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as Harden[0], null);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from app://pingshen is prevented', (event) => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'about:blank', 'javascript:alert(1)']) {
      const details = navigation(url);
      contents.emit(event, details);
      expect(details.preventDefault).toHaveBeenCalled();
    }
    const ours = navigation('app://pingshen/index.html#/reviews');
    contents.emit(event, ours);
    expect(ours.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    expect(contents.openHandler?.({ url: 'app://pingshen/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('never lets a <webview> attach', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  const session = new FakeSession();
  hardenSession(session as unknown as HardenSession[0], null);

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'notifications', 'clipboard-read', 'openExternal', 'geolocation']) {
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheck?.()).toBe(false);
    expect(session.devicePermission?.()).toBe(false);
  });

  it('cancels requests that are not our protocol', () => {
    const answer = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(answer('https://example.com/')).toBe(true);
    expect(answer('file:///etc/passwd')).toBe(true);
    expect(answer('app://pingshen/index.html')).toBe(false);
  });
});

describe('guardAllWebContents', () => {
  it('hardens every webContents the app creates, and its session', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as Parameters<typeof guardAllWebContents>[0], null);
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.session.beforeRequest).not.toBeNull();
  });
});

describe('isAllowedNavigation', () => {
  it('allows the dev server only when configured', () => {
    expect(isAllowedNavigation('http://127.0.0.1:5173/', null)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/', 'http://127.0.0.1:5173')).toBe(true);
  });
});
