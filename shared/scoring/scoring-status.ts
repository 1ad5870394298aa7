import type { Rubric } from '../domain/rubric.ts';
import type { ScoringOverviewRow, SubmissionScoring } from '../domain/scoring.ts';
import { completenessOf } from './completeness.ts';
import { maxTotal, totalScore } from './rubric-totals.ts';

/** True when the expert has entered anything at all for the submission. */
function touched(scoring: SubmissionScoring): boolean {
  const { entry } = scoring;
  return (
    Object.values(entry.scores).some((s) => s !== null) ||
    Object.values(entry.comments).some((c) => c.trim() !== '') ||
    Object.values(entry.checks).some((c) => c !== null) ||
    Object.values(entry.vetoes).some(Boolean) ||
    scoring.overallComment.trim() !== ''
  );
}

/**
 * The list row of a submission: 回避 when a conflict is declared, 已完成 when every criterion has a
 * valid score with its required comment and every check is filled, 进行中 once anything is entered.
 */
export function summarizeScoring(rubric: Rubric, scoring: SubmissionScoring, documentIds: readonly string[]): ScoringOverviewRow {
  const completeness = completenessOf(rubric, scoring.entry);
  const status = scoring.conflict ? 'conflict' : completeness.complete ? 'complete' : touched(scoring) ? 'in-progress' : 'not-started';
  return {
    submissionId: scoring.submissionId,
    status,
    total: totalScore(rubric, scoring.entry),
    maxTotal: maxTotal(rubric),
    scoredCriteria: completeness.scoredCriteria,
    totalCriteria: completeness.totalCriteria,
    missingComments: completeness.missingComments.length,
    unreadDocuments: documentIds.filter((id) => (scoring.visitedPages[id] ?? []).length === 0).length,
    vetoed: Object.values(scoring.entry.vetoes).some(Boolean),
  };
}
