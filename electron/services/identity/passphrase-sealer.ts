import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { SecretSealer } from './secret-sealer.ts';
import { UnsealError } from './secret-sealer.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** Shortest passphrase accepted: it is all that stands between a stolen laptop and the expert's signature. */
export const MIN_PASSPHRASE_LENGTH = 8;

// Envelope v1: 'PS' 0x01 ‖ log2 N ‖ r ‖ p ‖ salt(16) ‖ iv(12) ‖ tag(16) ‖ ciphertext.
// The scrypt parameters travel with the envelope so a later version can raise them and still open
// old files; everything before the tag is bound in as AES-GCM associated data, so none can be altered.
const MAGIC = [0x50, 0x53, 0x01];
const PARAMS = { log2N: 15, r: 8, p: 1 };
const HEADER = 6;
const SALT = 16;
const IV = 12;
const TAG = 16;
const AAD_END = HEADER + SALT + IV;

function deriveKey(passphrase: string, salt: Uint8Array, log2N: number, r: number, p: number): Buffer {
  // 128·N·r bytes of memory: 32 MiB at the defaults, just over Node's default maxmem.
  return scryptSync(passphrase, salt, 32, { N: 2 ** log2N, r, p, maxmem: 256 * 1024 * 1024 });
}

function openEnvelope(passphrase: string, envelope: Uint8Array): Uint8Array {
  const damaged = new UnsealError('identity.envelope-damaged');
  if (envelope.length < AAD_END + TAG || MAGIC.some((byte, i) => envelope[i] !== byte)) throw damaged;
  const [log2N = 0, r = 0, p = 0] = envelope.subarray(3, HEADER);
  // Bounds keep a tampered header from demanding gigabytes or minutes of work.
  if (log2N < 10 || log2N > 20 || r < 1 || r > 16 || p < 1 || p > 4) throw damaged;
  const salt = envelope.subarray(HEADER, HEADER + SALT);
  const iv = envelope.subarray(HEADER + SALT, AAD_END);
  const tag = envelope.subarray(AAD_END, AAD_END + TAG);
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, log2N, r, p), iv);
  decipher.setAAD(envelope.subarray(0, AAD_END));
  decipher.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([decipher.update(envelope.subarray(AAD_END + TAG)), decipher.final()]));
  } catch {
    throw new UnsealError('identity.wrong-passphrase');
  }
}

/**
 * A sealer keyed by a passphrase: scrypt (N = 2^15, r = 8, p = 1, random 16-byte salt) derives an
 * AES-256-GCM key; each seal has a fresh salt and IV. The passphrase is NFC-normalised, so the
 * same Chinese text typed through different input methods opens the same envelope. Sealing
 * needs at least MIN_PASSPHRASE_LENGTH characters.
 */
export function createPassphraseSealer(passphrase: string): SecretSealer {
  const normalised = passphrase.normalize('NFC');
  return {
    kind: 'passphrase',
    seal(bytes) {
      // Checked when sealing only: opening with a short passphrase is simply a wrong passphrase.
      if ([...normalised].length < MIN_PASSPHRASE_LENGTH) throw domainError('identity.passphrase-short', { min: MIN_PASSPHRASE_LENGTH });
      const salt = randomBytes(SALT);
      const iv = randomBytes(IV);
      const header = Buffer.concat([Buffer.from([...MAGIC, PARAMS.log2N, PARAMS.r, PARAMS.p]), salt, iv]);
      const cipher = createCipheriv('aes-256-gcm', deriveKey(normalised, salt, PARAMS.log2N, PARAMS.r, PARAMS.p), iv);
      cipher.setAAD(header);
      const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
      return new Uint8Array(Buffer.concat([header, cipher.getAuthTag(), ciphertext]));
    },
    open: (envelope) => openEnvelope(normalised, envelope),
  };
}
