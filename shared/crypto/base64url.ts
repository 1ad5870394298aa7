const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Bytes of a raw Ed25519 public key. */
export const PUBLIC_KEY_BYTES = 32;
/** Bytes of an Ed25519 signature (R ‖ S). */
export const SIGNATURE_BYTES = 64;

/** Base64url (RFC 4648 §5) without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c += 1) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Decodes strict base64url: no padding, no whitespace, only the url alphabet, and unused trailing
 * bits zero, so every byte string has exactly one accepted spelling (a key compared as text cannot
 * match under two spellings). With `expectedBytes`, a different length is refused too.
 */
export function decodeBase64url(text: string, expectedBytes?: number): Uint8Array {
  if (text.length % 4 === 1) throw new Error('base64url 长度无效');
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) throw new Error(char === '=' ? 'base64url 不应带填充符 =' : 'base64url 含有无效字符');
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) throw new Error('base64url 末尾的填充位不为零（编码不规范）');
  if (expectedBytes !== undefined && bytes.length !== expectedBytes) {
    throw new Error(`base64url 解码后应为 ${String(expectedBytes)} 字节，实际为 ${String(bytes.length)} 字节`);
  }
  return bytes;
}

/** Whether `text` is strict base64url of exactly `bytes` bytes. */
export function isBase64url(text: string, bytes: number): boolean {
  try {
    decodeBase64url(text, bytes);
    return true;
  } catch {
    return false;
  }
}
