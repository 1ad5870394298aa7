import iconv from 'iconv-lite';
import { crc32 } from 'node:zlib';

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a raw entry name, or returns null when it cannot be read unambiguously.
 * 1. An Info-ZIP Unicode Path extra field (0x7075, version 1) wins when its CRC-32 matches the raw
 *    name: the spec says a stale field (the name was edited after it was written) must be ignored.
 * 2. Otherwise UTF-8 when the bytes are valid UTF-8 (the flag is often missing, e.g. macOS, 7-Zip).
 * 3. Otherwise GB18030 (a superset of GBK), what Chinese Windows writes without the flag; CP437,
 *    the zip spec's default, is never right for our users and ASCII reads the same either way.
 *    A name flagged UTF-8 that is not valid UTF-8 is corrupt: refused rather than guessed.
 */
export function decodeEntryName(raw: Uint8Array, generalPurposeBitFlag: number, extraFields: readonly { id: number; data: Uint8Array }[]): string | null {
  for (const field of extraFields) {
    if (field.id !== UNICODE_PATH_FIELD || field.data.length < 6 || field.data[0] !== 1) continue;
    const expected = Buffer.from(field.data.buffer, field.data.byteOffset, field.data.byteLength).readUInt32LE(1);
    if (crc32(raw) !== expected) continue;
    const name = strictUtf8(field.data.subarray(5));
    if (name !== null) return name;
  }
  const asUtf8 = strictUtf8(raw);
  if (asUtf8 !== null) return asUtf8;
  if ((generalPurposeBitFlag & UTF8_FLAG) !== 0) return null;
  return iconv.decode(Buffer.from(raw), 'gb18030');
}
