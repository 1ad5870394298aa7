import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { decodeUtf8 } from '../../../shared/crypto/utf8.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { reviewBackupFormat, reviewBackupSchema, unsignedReviewBackupFormat, type BackupSigner, type ReviewBackup, type ReviewBackupPreview } from '../../../shared/domain/review-backup.ts';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import { appendAudit } from '../db/audit-log.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { readZipSafely } from '../zip/read-zip-safely.ts';
import type { SafeArchive } from '../zip/safe-archive.ts';
import { ZipRefused } from '../zip/zip-refused.ts';
import { backupSignerOf } from './backup-signature.ts';
import { getReview } from './review-repository.ts';
import { requireReview } from './require-review.ts';
import { columnsOf, documentTables, reviewTables } from './review-backup-tables.ts';

/** backup.json parsed and its signature checked (before anything it says is believed); the signer null for a format 1 backup. */
function parseBackup(fileName: string, bytes: Uint8Array, current: number, ownPublicKey: string | null): { backup: ReviewBackup; signer: BackupSigner | null } {
  let json: unknown;
  let text: string;
  try {
    text = decodeUtf8(bytes);
    json = JSON.parse(text);
  } catch {
    throw domainError('reviews.backup-not-json', { fileName });
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== reviewBackupFormat && format !== unsignedReviewBackupFormat && format.startsWith('pingshen.review-backup/')) throw domainError('reviews.backup-newer-format', { fileName, format });
  const parsed = reviewBackupSchema.safeParse(json);
  if (!parsed.success) throw domainError('reviews.backup-not-backup', { fileName, path: parsed.error.issues[0]?.path.join('.') ?? '' });
  const signer = backupSignerOf(parsed.data, json as object, bytes, text, fileName, ownPublicKey);
  if (parsed.data.schemaVersion > current) throw domainError('reviews.backup-newer-schema', { fileName, schemaVersion: parsed.data.schemaVersion, current });
  return { backup: parsed.data, signer };
}

/** Checks every table and row belongs where it claims: known tables and columns only, every row of this review, every document listed. */
function checkRows(db: Database, backup: ReviewBackup, fileName: string): void {
  const allowed = new Set<string>([...reviewTables(db), ...documentTables, 'programs']);
  const documents = new Set(backup.documents.map((d) => d.id));
  for (const [table, { columns, rows }] of Object.entries(backup.tables)) {
    if (!allowed.has(table)) throw domainError('reviews.backup-unknown-table', { fileName, table });
    const known = new Set(columnsOf(db, table));
    const unknown = columns.find((c) => !known.has(c));
    if (unknown !== undefined) throw domainError('reviews.backup-unknown-column', { fileName, table, column: unknown });
    if (table === 'programs') {
      checkProgram(db, backup, fileName);
      continue;
    }
    const key = table === 'reviews' ? 'id' : table === 'documents' ? 'id' : columns.includes('review_id') ? 'review_id' : 'document_id';
    const at = columns.indexOf(key);
    if (at < 0) throw domainError('reviews.backup-missing-column', { fileName, table, column: key });
    const expected = (value: unknown): boolean => (key === 'review_id' || table === 'reviews' ? value === backup.reviewId : typeof value === 'string' && documents.has(value));
    if (rows.some((row) => row.length !== columns.length || !expected(row[at]))) throw domainError('reviews.backup-foreign-row', { fileName, table, reviewId: backup.reviewId });
  }
  if ((backup.tables.reviews?.rows.length ?? 0) !== 1) throw domainError('reviews.backup-no-review', { fileName });
}

/** The review's pinned program version: taken where this profile lacks it, refused where it holds a different one under that id and version. */
function checkProgram(db: Database, backup: ReviewBackup, fileName: string): void {
  const { columns, rows } = backup.tables.programs ?? { columns: [], rows: [] };
  const review = backup.tables.reviews;
  const pinned = review === undefined ? [] : [review.rows[0]?.[review.columns.indexOf('program_id')], review.rows[0]?.[review.columns.indexOf('program_version')]];
  const [id, version, body] = ['id', 'version', 'body'].map((c) => columns.indexOf(c));
  for (const row of rows) {
    if (row[id ?? -1] !== pinned[0] || row[version ?? -1] !== pinned[1]) throw domainError('reviews.backup-foreign-program', { fileName });
    const held = db.prepare('SELECT body FROM programs WHERE id = ? AND version = ?').get(row[id ?? -1], row[version ?? -1]) as { body: string } | undefined;
    if (held !== undefined && JSON.stringify(JSON.parse(held.body)) !== JSON.stringify(JSON.parse(String(row[body ?? -1])))) {
      throw domainError('reviews.backup-program-differs', { programId: String(row[id ?? -1]), version: String(row[version ?? -1]) });
    }
  }
}

const valueOf = (cell: ReviewBackup['tables'][string]['rows'][number][number]): unknown => (cell !== null && typeof cell === 'object' ? Buffer.from(cell.base64, 'base64') : cell);

/** A backup zip opened and its backup.json checked (signature, schema, rows, not held here yet); the caller closes the archive. */
async function openBackup(db: Database, file: { path: string; fileName: string }, ownPublicKey: string | null): Promise<{ archive: SafeArchive; backup: ReviewBackup; signer: BackupSigner | null }> {
  let archive;
  try {
    archive = await readZipSafely(file.path);
  } catch (error) {
    if (error instanceof ZipRefused) throw error.framed('reviews.backup-zip', { fileName: file.fileName });
    throw error;
  }
  try {
    const entry = archive.get('backup.json');
    if (entry === undefined) throw domainError('reviews.backup-no-manifest', { fileName: file.fileName });
    const { backup, signer } = parseBackup(file.fileName, await entry.read(), schemaVersion(db), ownPublicKey);
    checkRows(db, backup, file.fileName);
    const held = getReview(db, backup.reviewId);
    if (held !== null) throw domainError('reviews.backup-exists', { title: held.title, reviewId: backup.reviewId });
    return { archive, backup, signer };
  } catch (error) {
    archive.close();
    throw error;
  }
}

/**
 * Reads a `.pingshen-review` backup without importing it: which review, when, and who signed it
 * (their fingerprint, to compare with the exporting computer's), for the user to accept. Refused
 * as the import would refuse it, short of the documents' bytes (checked at the import).
 */
export async function inspectReviewBackup(db: Database, file: { path: string; fileName: string }, ownPublicKey: string | null): Promise<ReviewBackupPreview> {
  const { archive, backup, signer } = await openBackup(db, file, ownPublicKey);
  archive.close();
  return { fileName: file.fileName, reviewId: backup.reviewId, title: backup.title, exportedAt: backup.exportedAt, documents: backup.documents.length, signer };
}

/**
 * Imports a `.pingshen-review` backup, all or nothing, once its signer was accepted: `accepted` is
 * the fingerprint the user was shown by `inspectReviewBackup` (null for an unsigned backup), and a
 * backup signed by any other key is refused. The zip is checked (zip-slip, bombs), every document's
 * bytes must hash to its id, every row must belong to the review, and a review this profile already
 * holds is refused by name. Documents go to the store first (content-addressed: harmless if the
 * import then fails), then every row in one transaction with foreign keys checked at its commit.
 */
export async function importReviewBackup(
  db: Database,
  store: BlobStore,
  file: { path: string; fileName: string },
  trust: { accepted: string | null; ownPublicKey: string | null },
  now = new Date().toISOString(),
): Promise<ReviewDetail> {
  const { archive, backup, signer } = await openBackup(db, file, trust.ownPublicKey);
  try {
    if ((signer?.fingerprint ?? null) !== trust.accepted) {
      throw signer === null ? domainError('reviews.backup-unsigned-not-accepted', { fileName: file.fileName }) : domainError('reviews.backup-signer-not-accepted', { fileName: file.fileName, fingerprint: signer.fingerprint });
    }
    for (const document of backup.documents) {
      const blob = archive.get(`blobs/${document.id}`);
      if (blob === undefined) throw domainError('reviews.backup-missing-document', { fileName: file.fileName, document: document.id.slice(0, 12) });
      const bytes = await blob.read();
      if (bytes.byteLength !== document.size || createHash('sha256').update(bytes).digest('hex') !== document.id) throw domainError('reviews.backup-document-corrupt', { fileName: file.fileName, document: document.id.slice(0, 12) });
      store.put(bytes);
    }
    db.transaction(() => {
      // Rows arrive table by table in any order: their references are checked once, at the commit.
      db.pragma('defer_foreign_keys = ON');
      for (const [table, { columns, rows }] of Object.entries(backup.tables)) {
        // Documents and the program are shared by content: one this profile already holds stays as it is.
        const verb = table === 'reviews' || columns.includes('review_id') ? 'INSERT' : 'INSERT OR IGNORE';
        const insert = db.prepare(`${verb} INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of rows) insert.run(...row.map(valueOf));
      }
      // A backup written before migration 20 has no stage: the migration's own backfill, so a review under expert review stays there.
      if (backup.schemaVersion < 20) db.prepare("UPDATE reviews SET stage = 'expert-review' WHERE id = ? AND EXISTS (SELECT 1 FROM submissions WHERE review_id = ?)").run(backup.reviewId, backup.reviewId);
      const signedBy = signer === null ? null : { name: signer.name, organisation: signer.organisation, fingerprint: signer.fingerprint, own: signer.own };
      appendAudit(db, 'review.backup-imported', backup.reviewId, { fileName: file.fileName, exportedAt: backup.exportedAt, schemaVersion: backup.schemaVersion, documents: backup.documents.length, signedBy }, now);
    })();
    return requireReview(db, backup.reviewId);
  } finally {
    archive.close();
  }
}
