import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeCrypto, pkcs8FromSeed, publicKeyOf, signBytes } from '../../../../electron/services/crypto/node-crypto.ts';
import { fingerprintOf } from '../../../../shared/crypto/fingerprint.ts';
import { corpusDir } from '../../../support/corpus.ts';

const corpus = corpusDir();
const dir = corpus === null ? '' : join(corpus, 'ed25519');
const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

interface Rfc8032Vector {
  name: string;
  secretKey: string;
  publicKey: string;
  message: string;
  signature: string;
}

interface WycheproofTest {
  tcId: number;
  comment: string;
  flags: string[];
  msg: string;
  sig: string;
  result: 'valid' | 'invalid' | 'acceptable';
}

/** Signs with the seed and checks key, signature and verification byte for byte. */
function checkVector(seed: Uint8Array, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): void {
  const pkcs8 = pkcs8FromSeed(seed);
  expect(toHex(publicKeyOf(pkcs8))).toBe(toHex(publicKey));
  expect(toHex(signBytes(pkcs8, message))).toBe(toHex(signature));
  expect(nodeCrypto.verify(publicKey, message, signature)).toBe(true);
}

describe('Ed25519 with node:crypto', () => {
  it.skipIf(corpus === null)('RFC 8032 §7.1 vectors: public key, signature and verification byte-exact', () => {
    const { vectors } = JSON.parse(readFileSync(join(dir, 'rfc8032_section7.1_ed25519.json'), 'utf8')) as { vectors: Rfc8032Vector[] };
    expect(vectors.map((v) => v.name)).toEqual(['TEST 1', 'TEST 2', 'TEST 3', 'TEST 1024', 'TEST SHA(abc)']);
    for (const v of vectors) checkVector(hex(v.secretKey), hex(v.publicKey), hex(v.message), hex(v.signature));
  });

  it.skipIf(corpus === null)('all 1024 lines of the reference sign.input: sign and verify; a flipped bit is refused', () => {
    const lines = gunzipSync(readFileSync(join(dir, 'sign.input.gz'))).toString('utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1024);
    for (const line of lines) {
      // sk‖pk : pk : msg : sig‖msg :
      const [skpk = '', pk = '', msg = '', sigmsg = ''] = line.split(':');
      expect(skpk.slice(64), 'the line repeats the public key').toBe(pk);
      const message = hex(msg);
      const signature = hex(sigmsg.slice(0, 128));
      expect(sigmsg.slice(128)).toBe(msg);
      checkVector(hex(skpk.slice(0, 64)), hex(pk), message, signature);
      const tampered = signature.slice();
      tampered[message.length % 64] = (tampered[message.length % 64] ?? 0) ^ 1;
      expect(nodeCrypto.verify(hex(pk), message, tampered)).toBe(false);
    }
  });

  it.skipIf(corpus === null)('Wycheproof: every valid case verifies and every invalid case is refused', () => {
    const file = JSON.parse(readFileSync(join(dir, 'wycheproof_ed25519_test.json'), 'utf8')) as {
      numberOfTests: number;
      testGroups: { publicKey: { pk: string }; tests: WycheproofTest[] }[];
    };
    const disagreements: string[] = [];
    let valid = 0;
    let invalid = 0;
    const refusedFlags = new Set<string>();
    for (const group of file.testGroups) {
      for (const test of group.tests) {
        const accepted = nodeCrypto.verify(hex(group.publicKey.pk), hex(test.msg), hex(test.sig));
        if (test.result === 'valid') valid += 1;
        else invalid += 1;
        if (test.result === 'invalid' && !accepted) test.flags.forEach((flag) => refusedFlags.add(flag));
        // 'acceptable' would allow either answer; this file has none, so every case must match.
        if (test.result !== 'acceptable' && accepted !== (test.result === 'valid')) {
          disagreements.push(`tcId ${String(test.tcId)} ${test.result} [${test.flags.join(',')}] ${test.comment}: node says ${String(accepted)}`);
        }
      }
    }
    expect({ valid, invalid }).toEqual({ valid: 88, invalid: 63 });
    expect(valid + invalid).toBe(file.numberOfTests);
    expect(disagreements).toEqual([]);
    // Node (OpenSSL) checks S < L, so s+L malleable signatures are refused like the rest.
    expect([...refusedFlags]).toEqual(expect.arrayContaining(['SignatureMalleability', 'InvalidEncoding', 'TruncatedSignature']));
  });

  it.skipIf(corpus === null)('fingerprints of the RFC 8032 keys: first 16 bytes of SHA-256 of the raw key, eight groups of four hex', () => {
    const { vectors } = JSON.parse(readFileSync(join(dir, 'rfc8032_section7.1_ed25519.json'), 'utf8')) as { vectors: Rfc8032Vector[] };
    // TEST 1's key, worked out apart from the app: `xxd -r -p <<< d75a…511a | sha256sum` = 21fe31df…
    expect(fingerprintOf(nodeCrypto, hex(vectors[0]?.publicKey ?? ''))).toBe('21fe 31df a154 a261 626b f854 046f d227');
    for (const v of vectors) {
      const digest = createHash('sha256').update(Buffer.from(v.publicKey, 'hex')).digest('hex');
      expect(fingerprintOf(nodeCrypto, hex(v.publicKey)), v.name).toBe(digest.slice(0, 32).match(/.{4}/g)?.join(' '));
    }
  });

  it('the port answers false, never throws, for malformed keys and signatures', () => {
    const message = new Uint8Array([1, 2, 3]);
    expect(nodeCrypto.verify(new Uint8Array(31), message, new Uint8Array(64))).toBe(false);
    expect(nodeCrypto.verify(new Uint8Array(32), message, new Uint8Array(63))).toBe(false);
    expect(nodeCrypto.verify(new Uint8Array(32).fill(0xff), message, new Uint8Array(64))).toBe(false);
    expect(toHex(nodeCrypto.sha256(new Uint8Array()))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
