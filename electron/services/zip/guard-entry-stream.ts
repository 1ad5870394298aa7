import { Transform } from 'node:stream';
import { crc32 } from 'node:zlib';
import { megabytes, type ZipLimits } from './zip-limits.ts';
import { zipRefused } from './zip-refused.ts';

/** What an entry's content must agree with. */
export interface EntryExpectations {
  readonly name: string;
  readonly size: number;
  /** Bytes read from the archive for it (null for a plain file): the ratio's denominator. */
  readonly compressedSize: number | null;
  /** The CRC-32 the archive records (null for a plain file). */
  readonly crc32: number | null;
}

/**
 * Checks content while it streams, because headers can lie: stops as soon as more bytes come out
 * than were declared or than the ratio allows (a bomb is never inflated to the end), and at the
 * end requires the declared size and the CRC-32.
 */
export function guardEntryStream(expect: EntryExpectations, limits: ZipLimits): Transform {
  let seen = 0;
  let crc = 0;
  const ratioCap = expect.compressedSize === null ? Infinity : Math.max(limits.ratioFloorBytes, expect.compressedSize * limits.maxRatio);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > expect.size || seen > limits.maxEntryBytes) {
        done(zipRefused('corrupt', 'zip.larger-than-recorded', { entry: expect.name, size: megabytes(expect.size) }));
        return;
      }
      if (seen > ratioCap) {
        done(zipRefused('ratio', 'zip.ratio-stopped', { entry: expect.name, ratio: limits.maxRatio }));
        return;
      }
      if (expect.crc32 !== null) crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      if (seen !== expect.size) {
        done(zipRefused('corrupt', 'zip.size-differs', { entry: expect.name, seen, size: expect.size }));
      } else if (expect.crc32 !== null && crc !== expect.crc32) {
        done(zipRefused('corrupt', 'zip.crc', { entry: expect.name }));
      } else {
        done();
      }
    },
  });
}
