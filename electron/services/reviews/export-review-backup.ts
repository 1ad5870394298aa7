import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ReviewBackup, ReviewBackupContents } from '../../../shared/domain/review-backup.ts';
import { appendAudit } from '../db/audit-log.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { writePackageZip } from '../packages/write-package-zip.ts';
import type { OutputStore } from '../transfer/output-store.ts';
import { signBackup, type BackupSigningKey } from './backup-signature.ts';
import { requireReview } from './require-review.ts';
import { columnsOf, documentTables, reviewDocumentIds, reviewTables } from './review-backup-tables.ts';

type Cell = ReviewBackup['tables'][string]['rows'][number][number];

function cellOf(value: unknown): Cell {
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value as Cell;
}

function rowsOf(db: Database, table: string, where: string, args: readonly unknown[]): ReviewBackup['tables'][string] {
  const columns = columnsOf(db, table);
  const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE ${where}`).raw().all(...args) as unknown[][];
  return { columns, rows: rows.map((row) => row.map(cellOf)) };
}

/** Every row of the review, and of the documents it uses, read in one snapshot. */
function reviewBackupOf(db: Database, reviewId: string, now: string): ReviewBackupContents {
  const review = requireReview(db, reviewId);
  return db.transaction(() => {
    const tables: ReviewBackup['tables'] = {};
    for (const table of reviewTables(db)) tables[table] = rowsOf(db, table, table === 'reviews' ? 'id = ?' : 'review_id = ?', [reviewId]);
    // Every document the review names, its replaced 补正 files and 汇总表 included: the restore needs each row a file refers to.
    const documentIds = JSON.stringify(reviewDocumentIds(db, reviewId));
    const named = 'SELECT value FROM json_each(?)';
    for (const table of documentTables) tables[table] = rowsOf(db, table, `${table === 'documents' ? 'id' : 'document_id'} IN (${named})`, [documentIds]);
    // The pinned program version: the other laptop may not hold it (an edited template, a program of one's own).
    tables.programs = rowsOf(db, 'programs', '(id, version) IN (SELECT program_id, program_version FROM reviews WHERE id = ?)', [reviewId]);
    const documents = db.prepare(`SELECT id, size FROM documents WHERE id IN (${named}) ORDER BY id`).all(documentIds) as { id: string; size: number }[];
    return { schemaVersion: schemaVersion(db), reviewId, title: review.title, exportedAt: now, tables, documents };
  })();
}

/** The SHA-256 of a file, read as a stream (a backup can be gigabytes). */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes a whole review as one `.pingshen-review` zip (backup.json, signed by the coordinator's key,
 * and every document's bytes, re-checked against their SHA-256 on the way) for the secretary's
 * second laptop; audited with the file's digest and the key's fingerprint.
 */
export async function exportReviewBackup(db: Database, store: BlobStore, outputs: OutputStore, reviewId: string, key: BackupSigningKey, now = new Date().toISOString()): Promise<{ id: string; fileName: string; size: number; digest: string; fingerprint: string }> {
  const backup = reviewBackupOf(db, reviewId, now);
  const { bytes: json, fingerprint } = signBackup(backup, key);
  const entries = [
    { name: 'backup.json', bytes: json },
    ...backup.documents.map((d) => ({ name: `blobs/${d.id}`, path: store.pathOf(d.id) as string, size: d.size, sha256: d.id })),
  ];
  const { id, path } = outputs.reserve();
  const size = await writePackageZip(path, entries, { mtime: new Date(now) });
  const digest = await sha256OfFile(path);
  const fileName = `${reviewId}.pingshen-review`;
  outputs.publish(id, fileName, 'application/zip');
  appendAudit(db, 'review.backup-exported', reviewId, { digest, fingerprint, documents: backup.documents.length, schemaVersion: backup.schemaVersion }, now);
  return { id, fileName, size, digest, fingerprint };
}
