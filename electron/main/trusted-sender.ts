import { isOwnOrigin } from './app-origin.ts';

/** What the IPC gate needs to know about who sent a call. */
export interface SenderFacts {
  /** The sending frame's URL; null when Electron no longer has the frame (navigated or destroyed). */
  readonly url: string | null;
  /** True only for the top frame of our own main window. */
  readonly frameIsMain: boolean;
}

/**
 * True when a call may reach the services: it comes from the main frame of our window, showing a
 * page of our own origin (app://pingshen; the loopback dev server while developing). Anything else,
 * an iframe, a page navigated elsewhere, file:// or about:blank, is refused.
 */
export function isTrustedSender(url: string | null, frameIsMain: boolean, devOrigin: string | null = null): boolean {
  if (!frameIsMain || url === null || url === '') return false;
  return isOwnOrigin(url, devOrigin);
}

/** The parts of Electron's IpcMainInvokeEvent the gate reads (structural, so tests need no Electron). */
export interface SenderEventLike {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * Extracts the facts from an IPC event: the frame must still exist, have no parent, and belong to the
 * webContents of our main window (`ours`, null while no window is open).
 */
export function describeSender(event: SenderEventLike, ours: unknown): SenderFacts {
  try {
    const frame = event.senderFrame;
    if (frame === null) return { url: null, frameIsMain: false };
    return { url: frame.url, frameIsMain: frame.parent === null && ours !== null && event.sender === ours };
  } catch {
    // Electron throws when a disposed frame is read; a caller we cannot identify is not trusted.
    return { url: null, frameIsMain: false };
  }
}
