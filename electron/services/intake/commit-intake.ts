import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { freeId } from '../../../shared/domain/id.ts';
import { applicantTypeIdOf } from '../../../shared/intake/applicant-type-of.ts';
import { applyIntakeEdit } from '../../../shared/intake/apply-intake-edit.ts';
import type { FileRole, SummaryRowFacts } from '../../../shared/intake/intake-facts.ts';
import type { IntakeEdit, IntakePreview, PreviewApplication, PreviewFile } from '../../../shared/intake/intake-preview.ts';
import { appendAudit } from '../db/audit-log.ts';
import { linkDocument } from '../documents/document-repository.ts';
import { requireReview } from '../reviews/require-review.ts';
import { intakeStages, requireStage } from '../reviews/require-stage.ts';
import { programForReview } from '../scoring/review-program.ts';
import {
  currentIntakeFiles, insertBatch, insertDocumentRow, insertIntakeFile, insertPageTexts, insertSubmission, insertSummaryRow, nextBatch, replaceIntakeFile,
  updateSubmissionFacts,
} from './intake-repository.ts';
import { mediaTypeOfKind, type IntakeScan } from './scan-intake.ts';

/** What a commit stored, per application. */
export interface CommittedApplication {
  /** The preview's key of the application. */
  readonly key: string;
  readonly submissionId: string;
  readonly applicant: string;
  readonly categoryId: string;
  /** True for a 补正 of an application already in the review. */
  readonly supplement: boolean;
  readonly added: number;
  readonly replaced: number;
}

/** The outcome of a commit: its batch number and each application it stored. */
export interface CommitOutcome {
  readonly batch: number;
  readonly applications: CommittedApplication[];
  readonly filesLeftOut: number;
}

// A 补正 file of one of these roles replaces the application's current one; evidence adds (or replaces a same-named file).
const singleRoles: ReadonlySet<FileRole> = new Set(['application', 'stamped', 'summary', 'summary-stamped']);

const titles: Readonly<Record<FileRole, string>> = {
  application: '申报书',
  stamped: '申报书（盖章版）',
  summary: '申报信息汇总表',
  'summary-stamped': '申报信息汇总表（盖章版）',
  evidence: '佐证材料',
  other: '其他材料',
};

/** Applies the coordinator's edits to the scan's own preview (the renderer's copy is never trusted). */
export function editedPreview(scan: IntakeScan, edits: readonly IntakeEdit[]): IntakePreview {
  try {
    return edits.reduce(applyIntakeEdit, scan.preview);
  } catch (error) {
    throw new ApiFailure('invalid_input', error instanceof Error ? error.message : String(error));
  }
}

function figuresOf(rows: readonly SummaryRowFacts[]): Record<string, number> {
  return Object.assign({}, ...[...rows].reverse().map((row) => row.figures)) as Record<string, number>;
}

/**
 * Stores a scan, with the coordinator's edits, in ONE transaction: new submissions (field,
 * applicant, partners, type, committed figures from the 汇总表), their documents, the intake's
 * facts of each file, the 汇总表 rows, the batch; a file for an application already in the review
 * is a 补正: it replaces the current file of a single role (申报书, 盖章版, 汇总表) or adds evidence,
 * the replaced file kept as history with its bytes. Audited. A failure anywhere stores nothing.
 */
export function commitIntake(db: Database, scan: IntakeScan, edits: readonly IntakeEdit[], now = new Date().toISOString()): CommitOutcome {
  const preview = editedPreview(scan, edits);
  const review = requireReview(db, scan.reviewId);
  // A 补正 or a late application after the packages went out would reach no expert, unchecked.
  requireStage(review, intakeStages, 'intake');
  const program = programForReview(db, scan.reviewId);
  const fields = new Set(review.fields.map((f) => f.id));
  const fallbackField = review.fields[0]?.id;
  const categoryOf = (application: PreviewApplication): string => {
    // The default the preview proposed for an application whose category could not be told.
    const id = application.categoryId === '' ? fallbackField : application.categoryId;
    if (id === undefined || !fields.has(id)) throw domainError('intake.unknown-field', { applicant: application.applicant, field: application.categoryId });
    return id;
  };
  const filesOf = (key: string): PreviewFile[] => preview.files.filter((f) => f.applicationKeys.includes(key));
  const rowsOf = (application: PreviewApplication): SummaryRowFacts[] =>
    application.summaryRowKeys.map((key) => scan.summaryRows.get(key)).filter((row): row is SummaryRowFacts => row !== undefined);

  return db.transaction((): CommitOutcome => {
    const batch = nextBatch(db, scan.reviewId);
    insertBatch(db, scan.reviewId, batch, now, scan.sources);
    const stored: CommittedApplication[] = [];
    for (const application of preview.applications) {
      const files = filesOf(application.key);
      const rows = rowsOf(application);
      if (files.length === 0 && rows.length === 0) continue;
      const fieldId = categoryOf(application);
      const figures = figuresOf(rows);
      const applicantType = applicantTypeIdOf(rows[0]?.applicantType ?? application.applicantType, program.applicantTypes);
      const partners = rows[0]?.partners ?? application.partners;
      let submissionId = application.existingSubmissionId;
      const supplement = submissionId !== null;
      if (submissionId === null) {
        submissionId = freeId(`application-${String(review.submissions.length + stored.length + 1)}`, (id) => db.prepare('SELECT 1 FROM submissions WHERE review_id = ? AND id = ?').get(scan.reviewId, id) !== undefined);
        insertSubmission(db, { reviewId: scan.reviewId, id: submissionId, fieldId, applicant: application.applicant, partners, title: rows[0]?.title || application.title, applicantType, figures });
      } else if (rows.length > 0) {
        updateSubmissionFacts(db, scan.reviewId, submissionId, { applicantType, partners, figures });
      }
      let added = 0;
      let replaced = 0;
      const current = currentIntakeFiles(db, scan.reviewId, submissionId);
      for (const file of files) {
        if (current.some((c) => c.documentId === file.sha256 && c.role === file.role)) continue; // the same bytes again: nothing new
        for (const old of current.filter((c) => (singleRoles.has(file.role) ? c.role === file.role : c.fileName === file.fileName))) {
          replaceIntakeFile(db, scan.reviewId, old, batch);
          replaced += 1;
        }
        insertDocumentRow(db, { id: file.sha256, size: file.size, mediaType: mediaTypeOfKind(file.kind), pages: file.pageCount, createdAt: now });
        const texts = scan.pageTexts.get(file.sha256);
        const reason = scan.unreadableReasons.get(file.sha256);
        if (texts) insertPageTexts(db, file.sha256, { texts }, now);
        else if (reason && file.kind === 'pdf') insertPageTexts(db, file.sha256, { error: reason }, now);
        const linked = db.prepare('SELECT 1 FROM submission_documents WHERE review_id = ? AND submission_id = ? AND document_id = ?').get(scan.reviewId, submissionId, file.sha256);
        if (!linked) linkDocument(db, { reviewId: scan.reviewId, submissionId, documentId: file.sha256, role: file.role, title: titles[file.role], fileName: file.fileName });
        insertIntakeFile(db, scan.reviewId, {
          submissionId, batch, sourcePath: file.sourcePath, documentId: file.sha256, fileName: file.fileName, role: file.role, roleReason: file.roleReason,
          sha256: file.sha256, size: file.size, kind: file.kind, readability: file.readability, receivedAt: file.receivedAt, receivedAtSource: file.receivedAtSource,
          pageCount: file.pageCount, imageOnlyPages: file.imageOnlyPages, redSeal: file.redSeal,
        });
        added += 1;
      }
      for (const row of rows) {
        // The 汇总表 a row was read from is kept even when the coordinator gave the file to no application (or another).
        const sheet = scan.preview.files.find((f) => f.sha256 === row.documentId);
        if (sheet) insertDocumentRow(db, { id: sheet.sha256, size: sheet.size, mediaType: mediaTypeOfKind(sheet.kind), pages: sheet.pageCount, createdAt: now });
        insertSummaryRow(db, scan.reviewId, submissionId, batch, row);
      }
      if (supplement) appendAudit(db, 'intake.supplemented', `${scan.reviewId}/${submissionId}`, { batch, added, replaced }, now);
      stored.push({ key: application.key, submissionId, applicant: application.applicant, categoryId: fieldId, supplement, added, replaced });
    }
    const filesLeftOut = preview.files.filter((f) => f.applicationKeys.length === 0).length;
    appendAudit(db, 'intake.committed', scan.reviewId, {
      batch,
      sources: scan.sources,
      applications: stored.map((a) => ({ submissionId: a.submissionId, supplement: a.supplement, added: a.added, replaced: a.replaced })),
      refused: preview.refused.length,
      filesLeftOut,
      edits: edits.length,
    }, now);
    return { batch, applications: stored, filesLeftOut };
  })();
}
