import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url, isBase64url } from '../../../../shared/crypto/base64url.ts';
import { formatFingerprint } from '../../../../shared/crypto/fingerprint.ts';
import { isSha256Hex, toHex } from '../../../../shared/crypto/hex.ts';

describe('base64url', () => {
  it('agrees with Node for any bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses padding, other alphabets, whitespace and impossible lengths', () => {
    expect(() => decodeBase64url('AA==')).toThrow('填充符');
    expect(() => decodeBase64url('A+8')).toThrow('无效字符');
    expect(() => decodeBase64url('A/8')).toThrow('无效字符');
    expect(() => decodeBase64url('AA A')).toThrow('无效字符');
    expect(() => decodeBase64url('AAAAA')).toThrow('长度');
  });

  it('refuses a second spelling of the same bytes (non-zero trailing bits)', () => {
    expect(decodeBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(() => decodeBase64url('AB')).toThrow('填充位');
  });

  it('checks the decoded length of keys (32 bytes) and signatures (64 bytes)', () => {
    const key = encodeBase64url(new Uint8Array(32).fill(7));
    expect(key).toHaveLength(43);
    expect(isBase64url(key, 32)).toBe(true);
    expect(isBase64url(key, 64)).toBe(false);
    expect(isBase64url(key.slice(0, 42), 32)).toBe(false);
    expect(isBase64url(`${key}=`, 32)).toBe(false);
    expect(() => decodeBase64url(encodeBase64url(new Uint8Array(63)), 64)).toThrow('应为 64 字节，实际为 63 字节');
  });
});

describe('hex and fingerprints', () => {
  it('writes lowercase hex and recognises SHA-256 digests', () => {
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
    expect(isSha256Hex('a'.repeat(64))).toBe(true);
    expect(isSha256Hex('A'.repeat(64))).toBe(false);
    expect(isSha256Hex('a'.repeat(63))).toBe(false);
  });

  it('shows 16 bytes as eight groups of four hex digits', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    expect(formatFingerprint(bytes)).toBe('0011 2233 4455 6677 8899 aabb ccdd eeff');
    expect(() => formatFingerprint(new Uint8Array(32))).toThrow('16 字节');
  });
});
