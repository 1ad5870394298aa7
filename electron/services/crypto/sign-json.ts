import { encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { canonicalJson, utf8 } from '../../../shared/crypto/canonical-json.ts';
import type { Signature } from '../../../shared/crypto/signature-schema.ts';
import { signingInput } from '../../../shared/crypto/signing-input.ts';
import { publicKeyOf, signBytes } from './node-crypto.ts';

/**
 * Signs a plain JSON object as every signed file of the app is signed (score sheets, results):
 * Ed25519 over the JCS of the object, the signature added as its `signature` member, written as the
 * JCS of the whole plus one newline (it keeps editors and `cat` tidy; verifiers strip exactly one).
 * Throws (in Chinese) when the private key is not the public key's, or the object is not plain JSON.
 */
export function signJsonFile<T extends object>(unsigned: T, privateKey: Uint8Array, publicKeyRaw: Uint8Array): { signed: T & { signature: Signature }; bytes: Uint8Array } {
  const publicKey = encodeBase64url(publicKeyRaw);
  if (encodeBase64url(publicKeyOf(privateKey)) !== publicKey) throw new Error('签名私钥与公钥不匹配');
  const value = encodeBase64url(signBytes(privateKey, signingInput(unsigned)));
  const signed = { ...unsigned, signature: { algorithm: 'Ed25519' as const, publicKey, value } };
  return { signed, bytes: utf8(`${canonicalJson(signed)}\n`) };
}
