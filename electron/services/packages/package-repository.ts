import type { Database } from 'better-sqlite3';
import type { PackageManifest } from '../../../shared/trust/package-manifest.ts';

/** A package a profile issued or imported, as recorded (table review_packages, proposed migration 6). */
export interface PackageRecord {
  readonly digest: string;
  readonly reviewId: string;
  readonly direction: 'issued' | 'imported';
  readonly presetExpertId: string | null;
  readonly localExpertId: string | null;
  readonly coordinatorFingerprint: string;
}

/** Records a package by digest (idempotent: the same digest is the same package); `manifestJcs` is the signed text, kept verbatim. */
export function recordPackage(
  db: Database,
  record: Omit<PackageRecord, 'presetExpertId' | 'reviewId'> & { readonly manifest: PackageManifest; readonly manifestJcs: string },
  now = new Date().toISOString(),
): void {
  const { manifest } = record;
  db.prepare(
    `INSERT INTO review_packages (digest, review_id, direction, preset_expert_id, local_expert_id, coordinator_name,
       coordinator_public_key, coordinator_fingerprint, manifest, created_at, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(digest) DO NOTHING`,
  ).run(
    record.digest, manifest.review.id, record.direction, manifest.presetExpertId, record.localExpertId, manifest.coordinator.name,
    manifest.coordinator.publicKey, record.coordinatorFingerprint, record.manifestJcs, manifest.createdAt, now,
  );
}

/** The package this profile imported for a review, or null. */
export function findImportedPackage(db: Database, reviewId: string): PackageRecord | null {
  const row = db
    .prepare("SELECT digest, review_id, preset_expert_id, local_expert_id, coordinator_fingerprint FROM review_packages WHERE review_id = ? AND direction = 'imported'")
    .get(reviewId) as { digest: string; review_id: string; preset_expert_id: string | null; local_expert_id: string | null; coordinator_fingerprint: string } | undefined;
  return row
    ? { digest: row.digest, reviewId: row.review_id, direction: 'imported', presetExpertId: row.preset_expert_id, localExpertId: row.local_expert_id, coordinatorFingerprint: row.coordinator_fingerprint }
    : null;
}

/** Digests of the packages this profile issued for a review, for checking the digest a score sheet names. */
export function listIssuedPackageDigests(db: Database, reviewId: string): string[] {
  const rows = db.prepare("SELECT digest FROM review_packages WHERE review_id = ? AND direction = 'issued' ORDER BY created_at").all(reviewId) as { digest: string }[];
  return rows.map((row) => row.digest);
}
