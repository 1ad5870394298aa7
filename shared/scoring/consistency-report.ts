import type { Program } from '../domain/program.ts';
import type { ReviewDetail } from '../domain/review.ts';
import type { ScoringOverviewRow, SubmissionScoring } from '../domain/scoring.ts';
import type { SubmissionDocument } from '../domain/document.ts';
import type { ConsistencyReport } from '../domain/consistency.ts';
import { completenessOf } from './completeness.ts';
import { exactOf, figureOf, meanOf, stdDevOf } from '../merge/exact.ts';
import { totalScore } from './rubric-totals.ts';

/** Totals this far from the expert's own mean (in standard deviations) are shown as outliers. */
export const outlierZ = 2;

/** Builds the consistency review from the expert's scorings (recused submissions are left out of the statistics). */
export function consistencyReport(
  review: ReviewDetail,
  program: Program,
  scorings: readonly SubmissionScoring[],
  documents: Readonly<Record<string, readonly SubmissionDocument[]>>,
): ConsistencyReport {
  const lines = review.submissions.map((s) => {
    const scoring = scorings.find((x) => x.submissionId === s.id);
    const category = program.categories.find((c) => c.id === s.fieldId);
    const rubric = program.rubrics.find((r) => r.id === category?.rubricId);
    if (!scoring || !rubric) throw new Error(`缺少申报 ${s.id} 的评分或评分细则`);
    const completeness = completenessOf(rubric, scoring.entry);
    const docs = documents[s.id] ?? [];
    const seen = (id: string) => new Set(scoring.visitedPages[id] ?? []);
    return {
      submission: s,
      total: totalScore(rubric, scoring.entry),
      status: (scoring.conflict ? 'conflict' : completeness.complete ? 'complete' : completeness.scoredCriteria > 0 ? 'in-progress' : 'not-started') as ScoringOverviewRow['status'],
      missingScores: completeness.missingScores,
      missingComments: completeness.missingComments,
      unopenedDocuments: docs.filter((d) => seen(d.id).size === 0).map((d) => d.id),
      unseenPages: docs
        .filter((d) => d.pages !== null && seen(d.id).size > 0)
        .map((d) => ({ documentId: d.id, pages: Array.from({ length: d.pages ?? 0 }, (_, i) => i + 1).filter((p) => !seen(d.id).has(p)) }))
        .filter((u) => u.pages.length > 0),
    };
  });
  const counted = lines.filter((l) => l.status !== 'conflict' && l.status !== 'not-started').map((l) => l.total);
  // In decimal, as the merge computes them: the expert's own figures round as the committee's do.
  const exactTotals = counted.map(exactOf);
  const mean = meanOf(exactTotals);
  const stdDev = counted.length > 1 ? stdDevOf(exactTotals) : null;
  const withZ = lines.map((l) => {
    const z = mean !== null && stdDev !== null && !stdDev.isZero() && l.status !== 'conflict' && l.status !== 'not-started' ? exactOf(l.total).minus(mean).dividedBy(stdDev) : null;
    return {
      submissionId: l.submission.id,
      applicant: l.submission.applicant,
      total: l.total,
      status: l.status,
      z: z === null ? null : figureOf(z).value,
      outlier: z !== null && z.abs().greaterThanOrEqualTo(outlierZ),
      missingScores: l.missingScores,
      missingComments: l.missingComments,
      unopenedDocuments: l.unopenedDocuments,
      unseenPages: l.unseenPages,
      fieldId: l.submission.fieldId,
    };
  });
  return {
    fields: review.fields.map((f) => ({
      fieldId: f.id,
      name: f.name,
      ranked: rankWithinField(withZ.filter((l) => l.fieldId === f.id)).map(({ fieldId: _fieldId, ...line }) => line),
    })),
    mean: mean === null ? null : figureOf(mean).value,
    stdDev: stdDev === null ? null : figureOf(stdDev).value,
    min: counted.length > 0 ? Math.min(...counted) : null,
    max: counted.length > 0 ? Math.max(...counted) : null,
    readyToSign: lines.every((l) => l.status === 'complete' || l.status === 'conflict'),
  };
}

/** Whether a line takes a place in the expert's own ranking: scored (at least in part) and not recused. */
function isRanked(line: { status: ScoringOverviewRow['status'] }): boolean {
  return line.status === 'complete' || line.status === 'in-progress';
}

/**
 * A field's lines in ranking order (highest total first, then unscored, then recused) with their
 * places: equal totals share a place (1, 1, 3: 并列), unscored and recused lines have none.
 */
function rankWithinField<T extends { status: ScoringOverviewRow['status']; total: number }>(lines: readonly T[]): (T & { rank: number | null; tied: boolean })[] {
  const group = (l: T) => (isRanked(l) ? 0 : l.status === 'conflict' ? 2 : 1);
  const sorted = [...lines].sort((a, b) => group(a) - group(b) || (isRanked(a) ? b.total - a.total : 0));
  const ranked = sorted.filter(isRanked);
  return sorted.map((l) => {
    if (!isRanked(l)) return { ...l, rank: null, tied: false };
    const rank = ranked.findIndex((r) => r.total === l.total) + 1;
    return { ...l, rank, tied: ranked.filter((r) => r.total === l.total).length > 1 };
  });
}
