import type { Database } from 'better-sqlite3';
import type { IntakeApplicationFacts } from '../../../shared/intake/intake-facts.ts';
import { requireReview } from '../reviews/require-review.ts';
import { currentIntakeFiles, currentSummaryRows, pageTextsOf } from './intake-repository.ts';

/**
 * What the intake stored of each application of a review, for the formal check: its current files
 * (a 补正's replaced files left out) with their facts and page texts, and its 汇总表 rows. An
 * application entered without the intake (the demo) has no files here.
 */
export function intakeFactsOf(db: Database, reviewId: string): IntakeApplicationFacts[] {
  const review = requireReview(db, reviewId);
  return review.submissions.map((submission) => ({
    submissionId: submission.id,
    categoryId: submission.fieldId,
    applicant: submission.applicant,
    partners: submission.partners,
    applicantType: submission.applicantType,
    files: currentIntakeFiles(db, reviewId, submission.id).map(({ submissionId: _s, batch: _b, roleReason: _r, ...file }) => ({
      ...file,
      pageTexts: file.kind === 'pdf' && file.readability === 'ok' ? pageTextsOf(db, file.documentId) : [],
    })),
    summaryRows: currentSummaryRows(db, reviewId, submission.id),
  }));
}
