import { Transform } from 'node:stream';
import { crc32 } from 'node:zlib';
import { megabytes, type ZipLimits } from './zip-limits.ts';
import { ZipRefused } from './zip-refused.ts';

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
        done(new ZipRefused('corrupt', `压缩包中的「${expect.name}」实际内容比记录的 ${megabytes(expect.size)} 更大，可能是压缩炸弹或被篡改，已停止读取`, expect.name));
        return;
      }
      if (seen > ratioCap) {
        done(new ZipRefused('ratio', `压缩包中的「${expect.name}」压缩比超过 ${limits.maxRatio}:1，疑似压缩炸弹，已停止读取`, expect.name));
        return;
      }
      if (expect.crc32 !== null) crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      if (seen !== expect.size) {
        done(new ZipRefused('corrupt', `「${expect.name}」的实际大小（${seen} 字节）与记录的 ${expect.size} 字节不符，已拒绝`, expect.name));
      } else if (expect.crc32 !== null && crc !== expect.crc32) {
        done(new ZipRefused('corrupt', `压缩包中的「${expect.name}」校验值（CRC-32）不符，文件已损坏，已拒绝`, expect.name));
      } else {
        done();
      }
    },
  });
}
