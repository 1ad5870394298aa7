import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { decodeBase64url, encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import { publicKeySchema } from '../../../shared/crypto/signature-schema.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import { generateKeyPair, nodeCrypto, publicKeyOf } from '../crypto/node-crypto.ts';
import type { SecretSealer } from './secret-sealer.ts';

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
    throw new Error(`签名身份文件已损坏：${path}。请从备份恢复；如需新建身份，请先移走该文件`);
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
 * kind that sealed it; a wrong passphrase throws UnsealError with a Chinese message.
 */
export function loadOrCreateIdentity(profileDir: string, sealer: SecretSealer, now: Date = new Date()): Identity {
  const path = identityPath(profileDir);
  if (!existsSync(path)) createIdentity(profileDir, sealer, now);
  const file = readIdentityFile(path);
  if (file.sealer !== sealer.kind) {
    throw new Error(file.sealer === 'os' ? '本机签名私钥由系统钥匙串保护，不能用口令打开' : '本机签名私钥由口令保护，请输入口令');
  }
  const privateKeyPkcs8 = sealer.open(decodeBase64url(file.sealedPrivateKey));
  let derived: string;
  try {
    derived = encodeBase64url(publicKeyOf(privateKeyPkcs8));
  } catch {
    throw new Error('解开的签名私钥无效，身份文件可能已损坏');
  }
  if (derived !== file.publicKey) throw new Error('身份文件中的公钥与私钥不匹配，身份文件可能被改动过');
  const publicKeyRaw = decodeBase64url(file.publicKey, 32);
  const fingerprint = fingerprintOf(nodeCrypto, publicKeyRaw);
  return { publicKey: file.publicKey, fingerprint, createdAt: file.createdAt, sealer: file.sealer, publicKeyRaw, privateKeyPkcs8 };
}
