import type { KeyPress } from '../reader/model/reader-keys.ts';

/**
 * True for the key that cites the reader's page (and selected text) for the focused criterion:
 * Ctrl+E (⌘E on macOS), without Shift or Alt. It works in the pages and in the form's fields alike,
 * so an expert reading a passage never has to reach for the mouse.
 */
export function isCiteKey(press: KeyPress, isMac: boolean): boolean {
  const primary = isMac ? press.metaKey : press.ctrlKey;
  return primary && !press.shiftKey && !press.altKey && press.key.toLowerCase() === 'e';
}
