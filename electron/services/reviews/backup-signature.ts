import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, decodeBase64url, encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import { canonicalSignedFile } from '../../../shared/crypto/signed-json.ts';
import { reviewBackupFormat, type BackupSigner, type ReviewBackup, type ReviewBackupContents } from '../../../shared/domain/review-backup.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { signJsonFile } from '../crypto/sign-json.ts';
import type { Identity } from '../identity/key-store.ts';
import type { IdentityProfile } from '../identity/identity-profile.ts';

/** The key a backup is signed with: the exporting coordinator's, with the name and organisation it is signed under. */
export type BackupSigningKey = Pick<Identity, 'privateKeyPkcs8' | 'publicKeyRaw'> & IdentityProfile;

/** backup.json's bytes, signed (format 2): the JCS of the backup with `exportedBy` and `signature`, plus one newline. */
export function signBackup(backup: ReviewBackupContents, key: BackupSigningKey): { bytes: Uint8Array; fingerprint: string } {
  const unsigned = { ...backup, format: reviewBackupFormat, exportedBy: { name: key.name, organisation: key.organisation } };
  const { bytes } = signJsonFile(unsigned, key.privateKeyPkcs8, key.publicKeyRaw);
  return { bytes, fingerprint: fingerprintOf(nodeCrypto, key.publicKeyRaw) };
}

/**
 * Who signed a backup.json as read, checked against its bytes; null for an unsigned (format 1)
 * backup. Refused when a format 2 backup lacks its signature, or was changed or re-formatted after
 * it was signed (a hand-edited enrolment, score or document list).
 */
export function backupSignerOf(backup: ReviewBackup, raw: object, bytes: Uint8Array, text: string, fileName: string, ownPublicKey: string | null): BackupSigner | null {
  if (backup.format !== reviewBackupFormat) return null;
  if (backup.signature === undefined || backup.exportedBy === undefined) throw domainError('reviews.backup-unsigned', { fileName });
  const signed = canonicalSignedFile(raw, bytes, text);
  const publicKey = decodeBase64url(backup.signature.publicKey, PUBLIC_KEY_BYTES);
  if (signed === null || !nodeCrypto.verify(publicKey, signed.signingInput, decodeBase64url(backup.signature.value, SIGNATURE_BYTES))) {
    throw domainError('reviews.backup-signature-bad', { fileName });
  }
  return { ...backup.exportedBy, fingerprint: fingerprintOf(nodeCrypto, publicKey), own: ownPublicKey !== null && encodeBase64url(publicKey) === ownPublicKey };
}
