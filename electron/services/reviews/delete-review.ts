import type { Database } from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { ReviewDeletion } from '../../../shared/domain/review.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { reviewDocumentIds, unusedDocuments } from './review-backup-tables.ts';
import { requireReview } from './require-review.ts';

const count = (db: Database, sql: string, reviewId: string): number => (db.prepare(sql).get(reviewId) as { n: number }).n;

/** What deleting a review would remove, for the confirmation dialog to name. */
export function deletionOf(db: Database, reviewId: string): ReviewDeletion {
  const review = requireReview(db, reviewId);
  return {
    reviewId,
    title: review.title,
    submissions: review.submissions.length,
    documents: reviewDocumentIds(db, reviewId).length,
    experts: count(db, 'SELECT count(*) AS n FROM roster_experts WHERE review_id = ?', reviewId),
    scores: count(db, 'SELECT count(*) AS n FROM scores WHERE review_id = ?', reviewId),
    signedSheets: count(db, 'SELECT count(*) AS n FROM score_sheets WHERE review_id = ?', reviewId),
    receivedSheets: count(db, 'SELECT count(*) AS n FROM received_sheets WHERE review_id = ?', reviewId),
  };
}

/** Every table with a review_id column, reviews itself excepted: found from the schema, so tables added later are covered too. */
function reviewScopedTables(db: Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'reviews'").all() as { name: string }[];
  return tables.map((t) => t.name).filter((name) => (db.pragma(`table_info("${name}")`) as { name: string }[]).some((c) => c.name === 'review_id'));
}

/**
 * Deletes a review and everything of it in one transaction (the audit log keeps its history and
 * records the deletion with what was removed), once `confirmTitle` repeats its title; then the documents no other review uses, rows and
 * stored bytes, so an applicant's files do not outlive the review on the secretary's laptop.
 */
export function deleteReview(db: Database, store: BlobStore, reviewId: string, confirmTitle: string, now = new Date().toISOString()): ReviewDeletion {
  const deletion = deletionOf(db, reviewId);
  // The title given again is the confirmation: a stray call cannot delete a review.
  if (confirmTitle.trim() !== deletion.title) throw domainError('reviews.confirm-title', { title: deletion.title });
  const orphans = db.transaction(() => {
    // Checked at the commit, not per statement: tables go in schema order, a child after its parent
    // (merge_version_choices after received_sheets, intake_files after intake_batches).
    db.pragma('defer_foreign_keys = ON');
    const documents = reviewDocumentIds(db, reviewId);
    for (const table of reviewScopedTables(db)) db.prepare(`DELETE FROM "${table}" WHERE review_id = ?`).run(reviewId);
    db.prepare('DELETE FROM reviews WHERE id = ?').run(reviewId);
    // A document goes with the review unless another review still names it (a file, a replaced 补正 file, a 汇总表).
    const unused = unusedDocuments(db, documents);
    for (const id of unused) db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    appendAudit(db, 'review.deleted', reviewId, { ...deletion, documentsRemoved: unused.length }, now);
    return unused;
  })();
  // After the commit: a crash here leaves unreferenced bytes, never a row without its bytes.
  for (const id of orphans) {
    const path = store.pathOf(id);
    if (path !== null) rmSync(path, { force: true });
  }
  return deletion;
}
