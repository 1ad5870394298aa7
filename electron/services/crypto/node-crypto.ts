import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { CryptoPort } from '../../../shared/crypto/crypto-port.ts';

// DER prefixes that wrap raw Ed25519 keys (RFC 8410): SPKI before the 32-byte public key,
// PKCS#8 (v1, no public key) before the 32-byte seed.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function privateKeyObject(pkcs8: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
}

/** CryptoPort over node:crypto (OpenSSL in Node, BoringSSL in Electron). */
export const nodeCrypto: CryptoPort = {
  sha256: (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest()),
  verify(publicKeyRaw, message, signature) {
    // Wrong lengths are refused here: OpenSSL would throw for some and the port promises a boolean.
    if (publicKeyRaw.length !== 32 || signature.length !== 64) return false;
    try {
      return verify(null, message, publicKeyObject(publicKeyRaw), signature);
    } catch {
      // A public key that is not a valid curve point cannot have signed anything.
      return false;
    }
  },
};

/** A fresh Ed25519 key pair: the raw 32-byte public key and the PKCS#8 DER private key. */
export function generateKeyPair(): { publicKeyRaw: Uint8Array; privateKeyPkcs8: Uint8Array } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyRaw: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length)),
    privateKeyPkcs8: new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' })),
  };
}

/** Ed25519 signature (64 bytes) of a message with a PKCS#8 private key. */
export function signBytes(privateKeyPkcs8: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, privateKeyObject(privateKeyPkcs8)));
}

/** The raw 32-byte public key of a PKCS#8 private key. */
export function publicKeyOf(privateKeyPkcs8: Uint8Array): Uint8Array {
  const spki = createPublicKey(privateKeyObject(privateKeyPkcs8)).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(SPKI_PREFIX.length));
}

/** PKCS#8 DER of an Ed25519 private key given as its 32-byte seed (RFC 8032 test vectors give seeds). */
export function pkcs8FromSeed(seed: Uint8Array): Uint8Array {
  if (seed.length !== 32) throw new Error('Ed25519 私钥种子应为 32 字节');
  return new Uint8Array(Buffer.concat([PKCS8_PREFIX, seed]));
}
