import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import type { ScoringEdit } from '../../../shared/domain/scoring.ts';
import { consistencyReport } from '../../../shared/scoring/consistency-report.ts';
import { summarizeScoring } from '../../../shared/scoring/scoring-status.ts';
import { validateScore } from '../../../shared/scoring/validate-score.ts';
import { appendAudit } from '../db/audit-log.ts';
import { listSubmissionDocuments } from '../documents/document-repository.ts';
import { fieldOfSubmission, programForReview, rubricForField } from './review-program.ts';
import { addEvidence, applyScoringEdit, readScoring, recordPageVisit, removeEvidence, setConflict } from './scoring-repository.ts';
import { requireReview } from '../reviews/require-review.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

type ScoringCalls = Pick<
  ApiHandlers,
  'scoring:program' | 'scoring:get' | 'scoring:edit' | 'scoring:cite' | 'scoring:uncite' | 'scoring:conflict' | 'scoring:visit' | 'scoring:overview' | 'scoring:consistency'
>;

/** Refuses an edit that names something the rubric does not have, or a score outside its bounds. */
function checkEdit(rubric: Rubric, edit: ScoringEdit): void {
  if (edit.kind === 'score' || edit.kind === 'comment') {
    const criterion = rubric.sections.flatMap((s) => s.criteria).find((c) => c.id === edit.criterionId);
    if (!criterion) throw domainError('scoring.no-criterion', { criterionId: edit.criterionId });
    if (edit.kind === 'score' && edit.score !== null) {
      const problem = validateScore(criterion, edit.score);
      if (problem) throw new ApiFailure('invalid_input', problem.message);
    }
  }
  if (edit.kind === 'check' && !rubric.checks.some((c) => c.id === edit.itemId)) throw domainError('scoring.no-check', { itemId: edit.itemId });
  if (edit.kind === 'veto' && !rubric.vetoes.some((v) => v.id === edit.itemId)) throw domainError('scoring.no-veto', { itemId: edit.itemId });
}

/** The expert's scoring calls: read, edit one thing at a time (each durable), cite, recuse, overview. */
export function createScoringCalls(db: Database): ScoringCalls {
  const rubricOf = (reviewId: string, submissionId: string) => rubricForField(programForReview(db, reviewId), fieldOfSubmission(db, reviewId, submissionId));
  const documentOf = (reviewId: string, submissionId: string, documentId: string) => {
    const document = listSubmissionDocuments(db, reviewId, submissionId).find((d) => d.id === documentId);
    if (!document) throw domainError('scoring.foreign-document', {});
    return document;
  };
  return {
    'scoring:program': ({ reviewId }) => programForReview(db, reviewId),
    'scoring:get': ({ reviewId, submissionId }) => readScoring(db, { reviewId, submissionId }, rubricOf(reviewId, submissionId).id),
    'scoring:edit': ({ reviewId, submissionId, edit }) => {
      checkEdit(rubricOf(reviewId, submissionId), edit);
      const savedAt = new Date().toISOString();
      applyScoringEdit(db, { reviewId, submissionId }, edit, savedAt);
      return { savedAt };
    },
    'scoring:cite': ({ reviewId, submissionId, criterionId, documentId, page, quote }) => {
      const rubric = rubricOf(reviewId, submissionId);
      if (!rubric.sections.some((s) => s.criteria.some((c) => c.id === criterionId))) throw domainError('scoring.no-criterion', { criterionId });
      const document = documentOf(reviewId, submissionId, documentId);
      if (document.pages !== null && page > document.pages) throw domainError('scoring.page-beyond', { title: document.title, pages: document.pages });
      return addEvidence(db, { reviewId, submissionId }, { criterionId, documentId, page, quote });
    },
    'scoring:uncite': ({ reviewId, submissionId, evidenceId }) => {
      removeEvidence(db, { reviewId, submissionId }, evidenceId);
      return { removed: evidenceId };
    },
    'scoring:conflict': ({ reviewId, submissionId, reason }) => {
      fieldOfSubmission(db, reviewId, submissionId);
      setConflict(db, { reviewId, submissionId }, reason);
      appendAudit(db, reason === null ? 'conflict.withdrawn' : 'conflict.declared', `${reviewId}/${submissionId}`, reason === null ? {} : { reason });
      return readScoring(db, { reviewId, submissionId }, rubricOf(reviewId, submissionId).id);
    },
    'scoring:visit': ({ reviewId, submissionId, documentId, page }) => {
      documentOf(reviewId, submissionId, documentId);
      recordPageVisit(db, { reviewId, submissionId }, documentId, page);
      return { recorded: true };
    },
    'scoring:overview': ({ reviewId }) => {
      const review = requireReview(db, reviewId);
      const program = programForReview(db, reviewId);
      return review.submissions.map((s) => {
        const rubric = rubricForField(program, s.fieldId);
        const scoring = readScoring(db, { reviewId, submissionId: s.id }, rubric.id);
        const documents = listSubmissionDocuments(db, reviewId, s.id).map((d) => d.id);
        return summarizeScoring(rubric, scoring, documents);
      });
    },
    'scoring:consistency': ({ reviewId }) => {
      const review = requireReview(db, reviewId);
      const program = programForReview(db, reviewId);
      const scorings = review.submissions.map((s) => readScoring(db, { reviewId, submissionId: s.id }, rubricForField(program, s.fieldId).id));
      const documents = Object.fromEntries(review.submissions.map((s) => [s.id, listSubmissionDocuments(db, reviewId, s.id)]));
      return consistencyReport(review, program, scorings, documents);
    },
  };
}
