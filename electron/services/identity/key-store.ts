import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { decodeBase64url, encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import { publicKeySchema } from '../../../shared/crypto/signature-schema.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import { generateKeyPair, nodeCrypto, publicKeyOf } from '../crypto/node-crypto.ts';
import type { SecretSealer } from './secret-sealer.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** identity.json: the public half in clear, the PKCS#8 private key only inside the sealer's envelope. */
const identityFileSchema = z.strictObject({
  format: z.literal('pingshen.identity/1'),
  publicKey: publicKeySchema,
  fingerprint: z.string(),
  createdAt: z.string(),
  sealer: z.enum(['os', 'passphrase']),
  sealedPrivateKey: z.string().min(1).max(4096),
});

/** What the profile's identity shows without unsealing: enough to display the fingerprint and ask for the right secret. */
export type IdentityInfo = Omit<z.infer<typeof identityFileSchema>, 'format' | 'sealedPrivateKey'>;

/** The unsealed identity. Keep privateKeyPkcs8 in memory only as long as signing needs it. */
export interface Identity extends IdentityInfo {
  readonly publicKeyRaw: Uint8Array;
  readonly privateKeyPkcs8: Uint8Array;
}

/** Where a profile keeps its identity. */
export function identityPath(profileDir: string): string {
  return join(profileDir, 'identity.json');
}

function readIdentityFile(path: string): z.infer<typeof identityFileSchema> {
  try {
    return identityFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // Never replaced automatically: a new key would orphan every sheet and key card already issued.
    throw domainError('identity.file-damaged', { path });
  }
}

/** The identity's public part, or null when the profile has none yet. */
export function readIdentityInfo(profileDir: string): IdentityInfo | null {
  const path = identityPath(profileDir);
  if (!existsSync(path)) return null;
  const { publicKey, createdAt, sealer } = readIdentityFile(path);
  // Recomputed, not read: the fingerprint shown to people must follow from the key itself.
  return { publicKey, fingerprint: fingerprintOf(nodeCrypto, decodeBase64url(publicKey, 32)), createdAt, sealer };
}

function createIdentity(profileDir: string, sealer: SecretSealer, now: Date): void {
  const { publicKeyRaw, privateKeyPkcs8 } = generateKeyPair();
  const file: z.infer<typeof identityFileSchema> = {
    format: 'pingshen.identity/1',
    publicKey: encodeBase64url(publicKeyRaw),
    fingerprint: fingerprintOf(nodeCrypto, publicKeyRaw),
    createdAt: now.toISOString(),
    sealer: sealer.kind,
    sealedPrivateKey: encodeBase64url(sealer.seal(privateKeyPkcs8)),
  };
  privateKeyPkcs8.fill(0);
  mkdirSync(profileDir, { recursive: true });
  const path = identityPath(profileDir);
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
  // Owner-only where the file system has modes; the content is sealed either way.
  if (process.platform !== 'win32') chmodSync(path, 0o600);
}

/**
 * The profile's Ed25519 identity, created (and sealed) on first use. Opening needs a sealer of the
 * kind that sealed it; a wrong passphrase throws UnsealError (`identity.wrong-passphrase`).
 */
export function loadOrCreateIdentity(profileDir: string, sealer: SecretSealer, now: Date = new Date()): Identity {
  const path = identityPath(profileDir);
  if (!existsSync(path)) createIdentity(profileDir, sealer, now);
  const file = readIdentityFile(path);
  if (file.sealer !== sealer.kind) {
    throw domainError(file.sealer === 'os' ? 'identity.sealed-by-os' : 'identity.sealed-by-passphrase', {});
  }
  const privateKeyPkcs8 = sealer.open(decodeBase64url(file.sealedPrivateKey));
  let derived: string;
  try {
    derived = encodeBase64url(publicKeyOf(privateKeyPkcs8));
  } catch {
    throw domainError('identity.key-invalid', {});
  }
  if (derived !== file.publicKey) throw domainError('identity.key-mismatch', {});
  const publicKeyRaw = decodeBase64url(file.publicKey, 32);
  const fingerprint = fingerprintOf(nodeCrypto, publicKeyRaw);
  return { publicKey: file.publicKey, fingerprint, createdAt: file.createdAt, sealer: file.sealer, publicKeyRaw, privateKeyPkcs8 };
}
