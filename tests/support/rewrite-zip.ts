import { writeFileSync } from 'node:fs';
import { readZipSafely } from '../../electron/services/zip/read-zip-safely.ts';
import { craftZip, storedEntry } from './craft-zip.ts';

/** Every file of a (safe) zip by name, in archive order. */
export async function readZipEntries(file: string): Promise<Map<string, Uint8Array>> {
  const archive = await readZipSafely(file);
  try {
    const entries = new Map<string, Uint8Array>();
    for (const entry of archive.entries) entries.set(entry.name, await entry.read());
    return entries;
  } finally {
    archive.close();
  }
}

/** Writes entries as a stored zip with honest headers (names as given, even unsafe ones). */
export function writeZipEntries(file: string, entries: ReadonlyMap<string, Uint8Array>): void {
  writeFileSync(file, craftZip([...entries].map(([name, bytes]) => storedEntry(name, bytes))));
}

/** Copies a zip with its entries edited: the way a tamperer would rebuild a package. */
export async function rewriteZip(from: string, to: string, edit: (entries: Map<string, Uint8Array>) => void): Promise<void> {
  const entries = await readZipEntries(from);
  edit(entries);
  writeZipEntries(to, entries);
}
