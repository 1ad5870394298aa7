/** What a key press asks the reader to do. */
export type ReaderCommand =
  | 'find-open'
  | 'find-next'
  | 'find-previous'
  | 'find-close'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'rotate-clockwise'
  | 'rotate-anticlockwise';

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Where the key was pressed, as far as the mapping cares. */
export interface KeyContext {
  readonly findOpen: boolean;
  /** True while typing in a text box other than the find box (Esc still closes find). */
  readonly inTextField: boolean;
  /** Command on macOS, Ctrl elsewhere. */
  readonly isMac: boolean;
}

/**
 * The reader's shortcuts: Ctrl+F find, F3 / Shift+F3 next/previous, Esc closes find,
 * Ctrl+= / Ctrl+- / Ctrl+0 zoom, Ctrl+] / Ctrl+[ rotate. Enter in the find box is the find bar's own.
 */
export function readerCommandFor(press: KeyPress, context: KeyContext): ReaderCommand | null {
  const primary = context.isMac ? press.metaKey : press.ctrlKey;
  const key = press.key;
  if (key === 'Escape') return context.findOpen ? 'find-close' : null;
  if (key === 'F3') return press.shiftKey ? 'find-previous' : 'find-next';
  if (!primary || press.altKey) return null;
  switch (key.toLowerCase()) {
    case 'f':
      return 'find-open';
    case 'g':
      return press.shiftKey ? 'find-previous' : 'find-next';
  }
  if (context.inTextField) return null;
  switch (key) {
    case '=':
    case '+':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'zoom-reset';
    case ']':
      return 'rotate-clockwise';
    case '[':
      return 'rotate-anticlockwise';
    default:
      return null;
  }
}
