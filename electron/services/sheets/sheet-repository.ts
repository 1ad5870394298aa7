import type { Database } from 'better-sqlite3';
import type { SheetVersion } from '../../../shared/domain/trust-views.ts';

type Row = { version: number; digest: string; supersedes: string | null; signed_at: string; amended_at: string | null; file_name: string };

const toVersion = (r: Row): SheetVersion => ({ version: r.version, digest: r.digest, supersedes: r.supersedes, signedAt: r.signed_at, amendedAt: r.amended_at, fileName: r.file_name });

/** Every signed version of the review's score sheet, oldest first. */
export function listSheetVersions(db: Database, reviewId: string): SheetVersion[] {
  const rows = db
    .prepare('SELECT version, digest, supersedes, signed_at, amended_at, file_name FROM score_sheets WHERE review_id = ? ORDER BY version')
    .all(reviewId) as Row[];
  return rows.map(toVersion);
}

/** The newest signed version, or null. */
export function newestSheet(db: Database, reviewId: string): SheetVersion | null {
  return listSheetVersions(db, reviewId).at(-1) ?? null;
}

/** True while the newest version is signed and not reopened: scoring of the review is read-only. */
export function isScoringLocked(db: Database, reviewId: string): SheetVersion | null {
  const newest = newestSheet(db, reviewId);
  return newest && newest.amendedAt === null ? newest : null;
}

/** Stores a signed version verbatim. */
export function insertSheet(
  db: Database,
  sheet: { reviewId: string; expertId: string; version: number; digest: string; supersedes: string | null; packageDigest: string; fileName: string; bytes: Uint8Array },
  now = new Date().toISOString(),
): void {
  db.prepare(
    `INSERT INTO score_sheets (review_id, expert_id, version, digest, supersedes, package_digest, file_name, bytes, signed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(sheet.reviewId, sheet.expertId, sheet.version, sheet.digest, sheet.supersedes, sheet.packageDigest, sheet.fileName, Buffer.from(sheet.bytes), now);
}

/** Marks a version as reopened for amending (修改并重新签名). */
export function markAmended(db: Database, reviewId: string, version: number, now = new Date().toISOString()): void {
  db.prepare('UPDATE score_sheets SET amended_at = ? WHERE review_id = ? AND version = ? AND amended_at IS NULL').run(now, reviewId, version);
}

/** The exact bytes of a signed version, or null. */
export function readSheetBytes(db: Database, reviewId: string, version: number): { bytes: Uint8Array; fileName: string } | null {
  const row = db.prepare('SELECT bytes, file_name FROM score_sheets WHERE review_id = ? AND version = ?').get(reviewId, version) as { bytes: Buffer; file_name: string } | undefined;
  return row ? { bytes: new Uint8Array(row.bytes), fileName: row.file_name } : null;
}
