import type { Database } from 'better-sqlite3';
import type { SubmissionDocument } from '../../../shared/domain/document.ts';
import type { BlobStore } from './blob-store.ts';

/** A document to register: its bytes go to the store, its facts to the database. */
export interface NewDocument {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly pages: number | null;
}

/** Stores the bytes and records the document (idempotent); returns its id, the SHA-256. */
export function addDocument(db: Database, store: BlobStore, document: NewDocument, now = new Date().toISOString()): string {
  const { sha256, size } = store.put(document.bytes);
  db.prepare('INSERT INTO documents (id, size, media_type, pages, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING').run(
    sha256, size, document.mediaType, document.pages, now,
  );
  return sha256;
}

/** Links a stored document to a submission under a role and title. */
export function linkDocument(
  db: Database,
  link: { reviewId: string; submissionId: string; documentId: string; role: SubmissionDocument['role']; title: string; fileName: string },
): void {
  const position = (db.prepare('SELECT count(*) AS n FROM submission_documents WHERE review_id = ? AND submission_id = ?').get(link.reviewId, link.submissionId) as { n: number }).n;
  db.prepare(
    'INSERT INTO submission_documents (review_id, submission_id, document_id, position, role, title, file_name) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(link.reviewId, link.submissionId, link.documentId, position, link.role, link.title, link.fileName);
}

/** A submission's documents in order. */
export function listSubmissionDocuments(db: Database, reviewId: string, submissionId: string): SubmissionDocument[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.size, d.media_type, d.pages, sd.role, sd.title, sd.file_name
       FROM submission_documents sd JOIN documents d ON d.id = sd.document_id
       WHERE sd.review_id = ? AND sd.submission_id = ? ORDER BY sd.position`,
    )
    .all(reviewId, submissionId) as { id: string; size: number; media_type: string; pages: number | null; role: SubmissionDocument['role']; title: string; file_name: string }[];
  return rows.map((r) => ({ id: r.id, size: r.size, mediaType: r.media_type, pages: r.pages, role: r.role, title: r.title, fileName: r.file_name }));
}

/** The stored facts of one document, or null when the profile has no such document. */
export function getDocument(db: Database, id: string): { id: string; size: number; mediaType: string } | null {
  const row = db.prepare('SELECT id, size, media_type FROM documents WHERE id = ?').get(id) as { id: string; size: number; media_type: string } | undefined;
  return row ? { id: row.id, size: row.size, mediaType: row.media_type } : null;
}
