import { crc32, deflateRawSync } from 'node:zlib';
import { zipOfRecords } from '../../electron/services/zip/zip-records.ts';

/** One entry of a hand-made zip: every header field a test may want to lie in. */
export interface CraftedEntry {
  /** Raw name bytes (a string is written as UTF-8). */
  readonly name: string | Uint8Array;
  /** The bytes stored after the local header (already compressed when method is 8). */
  readonly data: Uint8Array;
  readonly method?: number;
  readonly crc32?: number;
  readonly uncompressedSize?: number;
  readonly flags?: number;
  /** Unix mode in the upper 16 bits, as Info-ZIP writes it. */
  readonly unixMode?: number;
  readonly extra?: Uint8Array;
  /** The DOS modification time as the packing computer's wall clock (no zone, as zips record it); 0 when absent. */
  readonly modified?: { readonly year: number; readonly month: number; readonly day: number; readonly hour: number; readonly minute: number };
}

function dosDateTime(m: CraftedEntry['modified']): { date: number; time: number } {
  if (!m) return { date: 0, time: 0 };
  return { date: ((m.year - 1980) << 9) | (m.month << 5) | m.day, time: (m.hour << 11) | (m.minute << 5) };
}

/** A stored entry with honest headers. */
export function storedEntry(name: string | Uint8Array, content: string | Uint8Array, flags = 0x800): CraftedEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data, method: 0, crc32: crc32(data), uncompressedSize: data.length, flags };
}

/** A deflated entry with honest headers. */
export function deflatedEntry(name: string, content: Uint8Array): CraftedEntry {
  return { name, data: deflateRawSync(content), method: 8, crc32: crc32(content), uncompressedSize: content.length, flags: 0x800 };
}

/**
 * A deflate stream of `mebibytes` MiB of zeros made without compressing them: a fully flushed block
 * of 1 MiB of zeros (no back-references across the flush) repeated, then an empty final block.
 */
export function zerosDeflated(mebibytes: number): { data: Uint8Array; crc32: number; size: number } {
  const zeros = Buffer.alloc(1 << 20);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: 3 /* Z_FULL_FLUSH */ });
  let crc = 0;
  for (let i = 0; i < mebibytes; i += 1) crc = crc32(zeros, crc);
  const data = Buffer.concat([...Array.from({ length: mebibytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
  return { data, crc32: crc, size: mebibytes << 20 };
}

/** Writes a single-disk zip (no zip64) from crafted entries: local headers, data, central directory, end record. */
export function craftZip(entries: readonly CraftedEntry[]): Buffer {
  return zipOfRecords(
    entries.map((entry) => {
      const { date, time } = dosDateTime(entry.modified);
      return {
        name: typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name,
        data: entry.data,
        method: entry.method ?? 0,
        crc32: entry.crc32 ?? crc32(entry.data),
        uncompressedSize: entry.uncompressedSize ?? entry.data.length,
        flags: entry.flags ?? 0,
        dosTime: time,
        dosDate: date,
        ...(entry.unixMode === undefined ? {} : { unixMode: entry.unixMode }),
        ...(entry.extra === undefined ? {} : { extra: entry.extra }),
      };
    }),
  );
}
