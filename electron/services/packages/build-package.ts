import type { Database } from 'better-sqlite3';
import { encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { canonicalJson, utf8 } from '../../../shared/crypto/canonical-json.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import { MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, packageDigest } from '../../../shared/packages/package-manifest.ts';
import type { PackageAssignment, PackageConflict, PackageExpert } from '../../../shared/packages/package-manifest.ts';
import type { Signature } from '../../../shared/crypto/signature-schema.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { nodeCrypto, publicKeyOf, signBytes } from '../crypto/node-crypto.ts';
import { assembleManifest } from './assemble-manifest.ts';
import { recordPackage } from './package-repository.ts';
import { writePackageZip, type PackageZipEntry } from './write-package-zip.ts';

/** Everything needed to build and sign one review package. */
export interface BuildPackageOptions {
  readonly db: Database;
  readonly store: BlobStore;
  readonly reviewId: string;
  readonly coordinator: { readonly name: string; readonly publicKeyRaw: Uint8Array; readonly privateKeyPkcs8: Uint8Array };
  readonly experts: readonly PackageExpert[];
  readonly assignments: readonly PackageAssignment[];
  readonly conflicts: readonly PackageConflict[];
  /** Build the package of one expert only (their submissions, assignments and conflicts). */
  readonly forExpertId?: string | undefined;
  readonly outFile: string;
  /** Bytes of the package written so far and its final size; throwing aborts the build cleanly. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  readonly now?: Date | undefined;
}

/** A written package. */
export interface BuiltPackage {
  /** SHA-256 hex of the manifest's JCS bytes: what score sheets name. */
  readonly digest: string;
  readonly file: string;
  readonly size: number;
}

/**
 * Builds a signed review package (`*.pingshen-pkg`): `manifest.json` (its JCS bytes), `manifest.sig`
 * and one `files/<sha256>.<ext>` per distinct document, read from the store and re-hashed on the way.
 * The file appears whole or not at all; the package is then recorded (issued) with an audit entry.
 */
export async function buildReviewPackage(options: BuildPackageOptions): Promise<BuiltPackage> {
  const { db, store, coordinator } = options;
  const publicKey = encodeBase64url(coordinator.publicKeyRaw);
  if (encodeBase64url(publicKeyOf(coordinator.privateKeyPkcs8)) !== publicKey) throw new Error('组织方签名私钥与公钥不匹配');
  const now = options.now ?? new Date();
  const manifest = assembleManifest(db, {
    reviewId: options.reviewId,
    coordinator: { name: coordinator.name, publicKey },
    experts: options.experts,
    assignments: options.assignments,
    conflicts: options.conflicts,
    forExpertId: options.forExpertId,
    createdAt: now.toISOString(),
  });
  const manifestJcs = canonicalJson(manifest);
  const manifestBytes = utf8(manifestJcs);
  const signature: Signature = { algorithm: 'Ed25519', publicKey, value: encodeBase64url(signBytes(coordinator.privateKeyPkcs8, manifestBytes)) };

  const files = new Map<string, PackageZipEntry>();
  for (const document of manifest.submissions.flatMap((s) => s.documents)) {
    if (files.has(document.path)) continue;
    const path = store.pathOf(document.sha256);
    if (path === null || store.sizeOf(document.sha256) !== document.size) {
      throw new Error(`文档「${document.title}」（${document.sha256}）不在文档库中或大小不符，无法打包`);
    }
    files.set(document.path, { name: document.path, path, size: document.size, sha256: document.sha256 });
  }
  const entries: PackageZipEntry[] = [
    { name: MANIFEST_FILE, bytes: manifestBytes },
    { name: MANIFEST_SIGNATURE_FILE, bytes: utf8(canonicalJson(signature)) },
    ...files.values(),
  ];
  const size = await writePackageZip(options.outFile, entries, { mtime: now, onProgress: options.onProgress });

  const digest = packageDigest(nodeCrypto, manifest);
  const coordinatorFingerprint = fingerprintOf(nodeCrypto, coordinator.publicKeyRaw);
  db.transaction(() => {
    recordPackage(db, { digest, reviewId: manifest.review.id, direction: 'issued', localExpertId: null, coordinatorFingerprint, manifest, manifestJcs });
    appendAudit(db, 'package.issued', manifest.review.id, { digest, presetExpertId: manifest.presetExpertId, size, documents: files.size });
  })();
  return { digest, file: options.outFile, size };
}
