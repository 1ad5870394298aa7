import iconv from 'iconv-lite';
import { crc32, deflateRawSync } from 'node:zlib';
import { zipOfRecords, type ZipRecord } from '../zip/zip-records.ts';

/** One file of a zip as Chinese Windows writes it: its name (folders with "/"), bytes and modification time. */
export interface GbkZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly modified: Date;
}

// The DOS time fields hold the wall-clock time of the machine that zipped: Beijing time here.
function dosTime(at: Date): { time: number; date: number } {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return {
    time: (china.getUTCHours() << 11) | (china.getUTCMinutes() << 5) | Math.floor(china.getUTCSeconds() / 2),
    date: ((china.getUTCFullYear() - 1980) << 9) | ((china.getUTCMonth() + 1) << 5) | china.getUTCDate(),
  };
}

/**
 * A zip as the Windows Explorer and WinRAR of a Chinese Windows write it: names in GBK with no
 * UTF-8 flag (general purpose bit 11 clear), Beijing times, deflated entries. The demo mailbox's
 * applicants send these; the intake must decode them (DESIGN.md §6).
 */
export function writeGbkZip(entries: readonly GbkZipEntry[]): Buffer {
  return zipOfRecords(
    entries.map((entry): ZipRecord => {
      const { time, date } = dosTime(entry.modified);
      return { name: iconv.encode(entry.name, 'gbk'), data: deflateRawSync(entry.data), method: 8, crc32: crc32(entry.data), uncompressedSize: entry.data.length, flags: 0, dosTime: time, dosDate: date };
    }),
  );
}
