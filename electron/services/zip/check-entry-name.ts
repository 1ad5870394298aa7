import { zipRefused } from './zip-refused.ts';

/** A checked entry name: `/`-separated, relative, no `.`/`..`/empty segments; `isDirectory` when it ended with `/`. */
export interface EntryName {
  readonly name: string;
  readonly isDirectory: boolean;
}

// C0 controls and DEL: NUL truncates names in C APIs, the others have no business in a file name.
const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/**
 * Normalises `\` to `/` and refuses any name that could point outside the folder it belongs to:
 * absolute (`/x`, `C:x`, `\\server\x`), any `..` segment, or a control character (NUL …).
 * The normalised name is only ever a key: callers never turn it into a disk path.
 */
export function checkEntryName(decoded: string): EntryName {
  const shown = [...decoded].map((char) => (isControl(char) ? '?' : char)).join('');
  if (shown !== decoded) {
    throw zipRefused('unsafe_name', 'zip.control-characters', { entry: shown });
  }
  const slashed = decoded.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    throw zipRefused('unsafe_name', 'zip.absolute-path', { entry: shown });
  }
  const segments = slashed.split('/');
  if (segments.includes('..')) {
    throw zipRefused('unsafe_name', 'zip.slip', { entry: shown });
  }
  const isDirectory = slashed.endsWith('/');
  const kept = segments.filter((segment) => segment !== '' && segment !== '.');
  if (kept.length === 0 && !isDirectory) {
    throw zipRefused('unsafe_name', 'zip.empty-name', { entry: shown });
  }
  return { name: kept.join('/'), isDirectory };
}

/** The key under which two names count as the same file on Windows and macOS (case and Unicode form folded). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
