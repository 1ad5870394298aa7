import { canonicalBytes } from './canonical-json.ts';
import type { CryptoPort } from './crypto-port.ts';
import { toHex } from './hex.ts';

/** The bytes an Ed25519 signature covers: JCS of the object without its `signature` member. */
export function signingInput(signed: object): Uint8Array {
  const { signature: _signature, ...unsigned } = signed as { signature?: unknown };
  return canonicalBytes(unsigned);
}

/** SHA-256 (lowercase hex) of the JCS bytes of a value: a sheet's digest is this over the whole signed sheet. */
export function canonicalDigest(crypto: CryptoPort, value: unknown): string {
  return toHex(crypto.sha256(canonicalBytes(value)));
}

/** A score sheet's digest: SHA-256 hex of the JCS of the whole signed sheet (signature included); what `supersedes` names. */
export function sheetDigest(crypto: CryptoPort, sheet: { readonly signature: unknown }): string {
  return canonicalDigest(crypto, sheet);
}
