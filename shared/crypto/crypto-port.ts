/**
 * The two primitives shared verification needs, implemented with node:crypto in
 * electron/services/crypto/node-crypto.ts, so the logic here stays pure and is tested with the real thing.
 */
export interface CryptoPort {
  /** SHA-256 of the bytes (32 bytes). */
  sha256(bytes: Uint8Array): Uint8Array;
  /** Ed25519 (pure, RFC 8032) verification with a raw 32-byte public key; false for any malformed input. */
  verify(publicKeyRaw: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
}
