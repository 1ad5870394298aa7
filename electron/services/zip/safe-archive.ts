import type { Readable } from 'node:stream';
import { nameKey } from './check-entry-name.ts';
import { megabytes, type ZipLimits } from './zip-limits.ts';
import { zipRefused } from './zip-refused.ts';

/** One file of a checked archive. Its name is a key, never a disk path: callers decide where bytes go. */
export interface SafeEntry {
  /** Normalised `/`-separated relative name. */
  readonly name: string;
  /** Uncompressed size, as listed (reading fails if the content disagrees). */
  readonly size: number;
  /** The entry's own modification time (a zip entry's, a folder file's mtime); null where the archive records none. */
  readonly modifiedAt: Date | null;
  /** The whole content, checked (size, ratio, CRC-32 for zips) before it is returned. */
  read(): Promise<Uint8Array>;
  /** The content as a stream that errors with ZipRefused if a check fails on the way. */
  openStream(): Promise<Readable>;
}

/** A zip or folder whose whole listing passed the checks; entries are files only (folders are implied). */
export interface SafeArchive {
  readonly kind: 'zip' | 'folder';
  readonly entries: readonly SafeEntry[];
  /** The entry with exactly this normalised name. */
  get(name: string): SafeEntry | undefined;
  /** Releases the file handle; entries cannot be read afterwards. */
  close(): void;
}

/** Applies the listing caps as entries are found: count, per-entry and total size, duplicate names. */
export class ListingGuard {
  private readonly limits: ZipLimits;
  private readonly seen = new Map<string, string>();
  private count = 0;
  private total = 0;

  constructor(limits: ZipLimits) {
    this.limits = limits;
  }

  /** Checks the number of entries announced up front (zip central directory). */
  announce(entryCount: number): void {
    if (entryCount > this.limits.maxEntries) {
      throw zipRefused('too_many_entries', 'zip.too-many-entries', { count: entryCount, max: this.limits.maxEntries });
    }
  }

  /** Records one file entry, refusing it when it breaks a cap or repeats a name. */
  add(name: string, size: number): void {
    this.count += 1;
    this.announce(this.count);
    if (size > this.limits.maxEntryBytes) {
      throw zipRefused('too_large', 'zip.entry-too-large', { entry: name, size: megabytes(size), max: megabytes(this.limits.maxEntryBytes) });
    }
    this.total += size;
    if (this.total > this.limits.maxTotalBytes) {
      throw zipRefused('too_large', 'zip.total-too-large', { max: megabytes(this.limits.maxTotalBytes), entry: name });
    }
    const key = nameKey(name);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      // Case-insensitive: on Windows and macOS the second file would overwrite the first.
      throw zipRefused('duplicate_name', 'zip.duplicate-name', { entry: name, earlier });
    }
    this.seen.set(key, name);
  }
}

/** Builds a SafeArchive over checked entries. */
export function safeArchive(kind: SafeArchive['kind'], entries: readonly SafeEntry[], close: () => void): SafeArchive {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return { kind, entries, get: (name) => byName.get(name), close };
}

/** Reads a checked stream to the end into one buffer. */
export async function collect(stream: Readable, expectedSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks, expectedSize);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
