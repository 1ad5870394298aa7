import type { CryptoPort } from './crypto-port.ts';
import { toHex } from './hex.ts';

/** Bytes of SHA-256 kept in a fingerprint. */
export const FINGERPRINT_BYTES = 16;

/** 16 bytes as eight groups of four lowercase hex digits: `ab12 cd34 …`, read aloud to compare keys. */
export function formatFingerprint(bytes16: Uint8Array): string {
  if (bytes16.length !== FINGERPRINT_BYTES) throw new Error(`指纹应为 ${String(FINGERPRINT_BYTES)} 字节`);
  return toHex(bytes16).replace(/(.{4})(?!$)/g, '$1 ');
}

/** A public key's fingerprint: the first 16 bytes of SHA-256 of the raw 32-byte key, formatted. */
export function fingerprintOf(crypto: CryptoPort, publicKeyRaw: Uint8Array): string {
  return formatFingerprint(crypto.sha256(publicKeyRaw).subarray(0, FINGERPRINT_BYTES));
}

/** The file name of a key card: `keycard-<first 8 hex of the fingerprint>.pingshen-keycard.json`. */
export function keyCardFileName(fingerprint: string): string {
  return `keycard-${fingerprint.replaceAll(' ', '').slice(0, 8)}.pingshen-keycard.json`;
}
