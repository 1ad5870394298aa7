import type { Database } from 'better-sqlite3';
import type { PackageManifest } from '../../../shared/packages/package-manifest.ts';

/** A package a profile issued or imported, as recorded (table review_packages, migrations 7 and 10); `reviewId` is the local review. */
export interface PackageRecord {
  readonly digest: string;
  readonly reviewId: string;
  readonly direction: 'issued' | 'imported';
  readonly presetExpertId: string | null;
  readonly localExpertId: string | null;
  readonly coordinatorFingerprint: string;
}

/**
 * Records a package by digest and direction (idempotent: the same digest is the same package);
 * `manifestJcs` is the signed text, kept verbatim. `reviewId` is the local review it belongs to:
 * the package's own review id, or the expert's copy beside a review held as coordinator.
 */
export function recordPackage(
  db: Database,
  record: Omit<PackageRecord, 'presetExpertId'> & { readonly manifest: PackageManifest; readonly manifestJcs: string },
  now = new Date().toISOString(),
): void {
  const { manifest } = record;
  db.prepare(
    `INSERT INTO review_packages (digest, review_id, direction, preset_expert_id, local_expert_id, coordinator_name,
       coordinator_public_key, coordinator_fingerprint, manifest, created_at, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(digest, direction) DO NOTHING`,
  ).run(
    record.digest, record.reviewId, record.direction, manifest.presetExpertId, record.localExpertId, manifest.coordinator.name,
    manifest.coordinator.publicKey, record.coordinatorFingerprint, record.manifestJcs, manifest.createdAt, now,
  );
}

/** An imported package's record, with the review id its manifest names (the id its score sheets carry). */
export type ImportedPackageRecord = PackageRecord & { readonly packageReviewId: string };

type ImportedRow = { digest: string; review_id: string; package_review_id: string; preset_expert_id: string | null; local_expert_id: string | null; coordinator_fingerprint: string };
const importedColumns = "SELECT digest, review_id, json_extract(manifest, '$.review.id') AS package_review_id, preset_expert_id, local_expert_id, coordinator_fingerprint FROM review_packages";

function importedRecord(row: ImportedRow | undefined): ImportedPackageRecord | null {
  if (!row) return null;
  const { digest, review_id: reviewId, package_review_id: packageReviewId, preset_expert_id: presetExpertId, local_expert_id: localExpertId, coordinator_fingerprint: coordinatorFingerprint } = row;
  return { digest, reviewId, packageReviewId, direction: 'imported', presetExpertId, localExpertId, coordinatorFingerprint };
}

/** The package this profile imported into the local review `reviewId`, or null. */
export function findImportedPackage(db: Database, reviewId: string): ImportedPackageRecord | null {
  return importedRecord(db.prepare(`${importedColumns} WHERE review_id = ? AND direction = 'imported'`).get(reviewId) as ImportedRow | undefined);
}

/** The package this profile imported of the review `packageReviewId` names in its manifest (into whichever local review), or null. */
export function findImportOfPackageReview(db: Database, packageReviewId: string): ImportedPackageRecord | null {
  return importedRecord(db.prepare(`${importedColumns} WHERE json_extract(manifest, '$.review.id') = ? AND direction = 'imported'`).get(packageReviewId) as ImportedRow | undefined);
}

/** Digests of the packages this profile issued for a review, for checking the digest a score sheet names. */
export function listIssuedPackageDigests(db: Database, reviewId: string): string[] {
  const rows = db.prepare("SELECT digest FROM review_packages WHERE review_id = ? AND direction = 'issued' ORDER BY created_at").all(reviewId) as { digest: string }[];
  return rows.map((row) => row.digest);
}
