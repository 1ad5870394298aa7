import type { Database } from 'better-sqlite3';
import type { FileRole, IntakeFileFacts, SummaryRowFacts } from '../../../shared/intake/intake-facts.ts';
import type { NameAlias } from '../../../shared/intake/normalise-name.ts';

/** The review's alias table (简称 → 全称), in the order entered. */
export function listAliases(db: Database, reviewId: string): NameAlias[] {
  return (db.prepare('SELECT alias, full_name FROM intake_aliases WHERE review_id = ? ORDER BY rowid').all(reviewId) as { alias: string; full_name: string }[]).map(
    (row) => ({ alias: row.alias, fullName: row.full_name }),
  );
}

/** Replaces the review's alias table. */
export function replaceAliases(db: Database, reviewId: string, aliases: readonly NameAlias[]): void {
  db.prepare('DELETE FROM intake_aliases WHERE review_id = ?').run(reviewId);
  const insert = db.prepare('INSERT OR REPLACE INTO intake_aliases (review_id, alias, full_name) VALUES (?, ?, ?)');
  for (const entry of aliases) insert.run(reviewId, entry.alias.trim(), entry.fullName.trim());
}

/** The next batch number of a review's imports (1 for the first). */
export function nextBatch(db: Database, reviewId: string): number {
  return (db.prepare('SELECT coalesce(max(batch), 0) + 1 AS n FROM intake_batches WHERE review_id = ?').get(reviewId) as { n: number }).n;
}

/** Records a committed import. */
export function insertBatch(db: Database, reviewId: string, batch: number, committedAt: string, sources: readonly string[]): void {
  db.prepare('INSERT INTO intake_batches (review_id, batch, committed_at, sources) VALUES (?, ?, ?, ?)').run(reviewId, batch, committedAt, JSON.stringify(sources));
}

/** A new submission (application) of a review, at the end of its list. */
export function insertSubmission(
  db: Database,
  s: { reviewId: string; id: string; fieldId: string; applicant: string; partners: readonly string[]; title: string; applicantType: string; figures: Readonly<Record<string, number>> },
): void {
  const position = (db.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM submissions WHERE review_id = ?').get(s.reviewId) as { n: number }).n;
  db.prepare('INSERT INTO submissions (review_id, id, position, field_id, applicant, partners, title, applicant_type, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    s.reviewId, s.id, position, s.fieldId, s.applicant, JSON.stringify(s.partners), s.title, s.applicantType, JSON.stringify(s.figures),
  );
}

/** Updates what a 补正's 汇总表 says of an existing submission (type, partners, figures), where it says it. */
export function updateSubmissionFacts(db: Database, reviewId: string, id: string, facts: { applicantType: string; partners: readonly string[]; figures: Readonly<Record<string, number>> }): void {
  db.prepare('UPDATE submissions SET applicant_type = ?, partners = ?, figures = ? WHERE review_id = ? AND id = ?').run(
    facts.applicantType, JSON.stringify(facts.partners), JSON.stringify(facts.figures), reviewId, id,
  );
}

/** Records a stored blob as a document (idempotent). */
export function insertDocumentRow(db: Database, d: { id: string; size: number; mediaType: string; pages: number | null; createdAt: string }): void {
  db.prepare('INSERT INTO documents (id, size, media_type, pages, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING').run(d.id, d.size, d.mediaType, d.pages, d.createdAt);
}

/** Stores a PDF's page texts as read during the intake (the search reads them too), unless already stored. */
export function insertPageTexts(db: Database, documentId: string, outcome: { texts: readonly string[] } | { error: string }, at: string): void {
  if (db.prepare('SELECT 1 FROM document_texts WHERE document_id = ?').get(documentId)) return;
  if ('texts' in outcome) {
    db.prepare("INSERT INTO document_texts (document_id, state, pages, error, read_at) VALUES (?, 'done', ?, NULL, ?)").run(documentId, outcome.texts.length, at);
    const page = db.prepare('INSERT INTO document_text_pages (document_id, page, text) VALUES (?, ?, ?)');
    outcome.texts.forEach((text, index) => page.run(documentId, index + 1, text));
  } else {
    db.prepare("INSERT INTO document_texts (document_id, state, pages, error, read_at) VALUES (?, 'failed', NULL, ?, ?)").run(documentId, outcome.error, at);
  }
}

/** One file row of the intake, as stored. */
export type StoredIntakeFile = Omit<IntakeFileFacts, 'pageTexts'> & { readonly submissionId: string; readonly batch: number; readonly roleReason: string };

/** Records an intake file of a submission in a batch. */
export function insertIntakeFile(db: Database, reviewId: string, file: StoredIntakeFile): void {
  db.prepare(
    `INSERT INTO intake_files (review_id, submission_id, batch, source_path, document_id, file_name, role, role_reason, kind, readability,
       received_at, received_at_source, page_count, image_only_pages, red_seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    reviewId, file.submissionId, file.batch, file.sourcePath, file.documentId, file.fileName, file.role, file.roleReason, file.kind, file.readability,
    file.receivedAt, file.receivedAtSource, file.pageCount, file.imageOnlyPages, file.redSeal === null ? null : file.redSeal ? 1 : 0,
  );
}

/** A submission's current intake files (not replaced by a later 补正). */
export function currentIntakeFiles(db: Database, reviewId: string, submissionId: string): StoredIntakeFile[] {
  const rows = db
    .prepare(
      `SELECT submission_id, batch, source_path, document_id, file_name, role, role_reason, kind, readability, received_at, received_at_source,
         page_count, image_only_pages, red_seal, d.size
       FROM intake_files f JOIN documents d ON d.id = f.document_id
       WHERE review_id = ? AND submission_id = ? AND replaced_in IS NULL ORDER BY batch, source_path`,
    )
    .all(reviewId, submissionId) as {
    submission_id: string; batch: number; source_path: string; document_id: string; file_name: string; role: FileRole; role_reason: string; kind: string;
    readability: IntakeFileFacts['readability']; received_at: string; received_at_source: IntakeFileFacts['receivedAtSource']; page_count: number | null;
    image_only_pages: number | null; red_seal: number | null; size: number;
  }[];
  return rows.map((r) => ({
    submissionId: r.submission_id, batch: r.batch, sourcePath: r.source_path, documentId: r.document_id, fileName: r.file_name, role: r.role,
    roleReason: r.role_reason, sha256: r.document_id, size: r.size, kind: r.kind, readability: r.readability, receivedAt: r.received_at,
    receivedAtSource: r.received_at_source, pageCount: r.page_count, imageOnlyPages: r.image_only_pages, redSeal: r.red_seal === null ? null : r.red_seal === 1,
  }));
}

/** Marks a submission's current file replaced by a batch (its row and bytes stay: the history) and unlinks it from what experts see. */
export function replaceIntakeFile(db: Database, reviewId: string, file: StoredIntakeFile, batch: number): void {
  db.prepare('UPDATE intake_files SET replaced_in = ? WHERE review_id = ? AND submission_id = ? AND batch = ? AND source_path = ?').run(
    batch, reviewId, file.submissionId, file.batch, file.sourcePath,
  );
  const stillUsed = db
    .prepare('SELECT 1 FROM intake_files WHERE review_id = ? AND submission_id = ? AND document_id = ? AND replaced_in IS NULL')
    .get(reviewId, file.submissionId, file.documentId);
  if (!stillUsed) db.prepare('DELETE FROM submission_documents WHERE review_id = ? AND submission_id = ? AND document_id = ?').run(reviewId, file.submissionId, file.documentId);
}

/** Records a 汇总表 row matched to a submission; a later batch's row for the same place replaces it. */
export function insertSummaryRow(db: Database, reviewId: string, submissionId: string, batch: number, row: SummaryRowFacts): void {
  db.prepare('UPDATE intake_summary_rows SET replaced_in = ? WHERE review_id = ? AND submission_id = ? AND replaced_in IS NULL AND batch < ?').run(batch, reviewId, submissionId, batch);
  db.prepare(
    `INSERT INTO intake_summary_rows (review_id, submission_id, document_id, sheet_name, row_number, batch, facts) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (review_id, submission_id, document_id, sheet_name, row_number) DO UPDATE SET batch = excluded.batch, facts = excluded.facts, replaced_in = NULL`,
  ).run(reviewId, submissionId, row.documentId, row.sheetName, row.rowNumber, batch, JSON.stringify(row));
}

/** A submission's current 汇总表 rows. */
export function currentSummaryRows(db: Database, reviewId: string, submissionId: string): SummaryRowFacts[] {
  return (db.prepare('SELECT facts FROM intake_summary_rows WHERE review_id = ? AND submission_id = ? AND replaced_in IS NULL ORDER BY document_id, sheet_name, row_number').all(reviewId, submissionId) as { facts: string }[]).map(
    (row) => JSON.parse(row.facts) as SummaryRowFacts,
  );
}

/** The page texts stored for a document, page 1 first. */
export function pageTextsOf(db: Database, documentId: string): string[] {
  return (db.prepare('SELECT text FROM document_text_pages WHERE document_id = ? ORDER BY page').all(documentId) as { text: string }[]).map((row) => row.text);
}

/** Sets the received time of a submission's current files (from the mail's date), marking it as set by hand; returns how many. */
export function setReceivedAt(db: Database, reviewId: string, submissionId: string, receivedAt: string): number {
  return db
    .prepare("UPDATE intake_files SET received_at = ?, received_at_source = 'set-by-hand' WHERE review_id = ? AND submission_id = ? AND replaced_in IS NULL")
    .run(receivedAt, reviewId, submissionId).changes;
}
