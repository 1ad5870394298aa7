import type { Rubric } from '../domain/rubric.ts';
import type { SubmissionScoring } from '../domain/scoring.ts';
import { totalScore } from '../scoring/rubric-totals.ts';
import { SHEET_FORMAT } from './sheet-schema.ts';
import type { SubmissionScores, UnsignedScoreSheet } from './sheet-schema.ts';

/** What a score sheet is made of: the expert's work on every submission of the review, and who signs. */
export interface SheetSource {
  readonly reviewId: string;
  readonly packageDigest: string;
  readonly expert: UnsignedScoreSheet['expert'];
  readonly version: number;
  readonly supersedes: string | null;
  readonly createdAt: string;
  /** Every submission of the review in its order, with the rubric it is scored with. */
  readonly submissions: readonly { readonly rubric: Rubric; readonly scoring: SubmissionScoring }[];
}

function scoresOf(rubric: Rubric, scoring: SubmissionScoring): SubmissionScores {
  const { entry, evidence } = scoring;
  const at = `申报「${scoring.submissionId}」`;
  const scores = rubric.sections.flatMap((section) =>
    section.criteria.map((criterion) => {
      const score = entry.scores[criterion.id];
      if (score === null || score === undefined) throw new Error(`${at}的「${criterion.title}」尚未评分，不能签名`);
      return {
        criterionId: criterion.id,
        score,
        comment: entry.comments[criterion.id] ?? '',
        // Members absent rather than empty: a quote is optional in the format, and '' says nothing.
        evidence: evidence
          .filter((e) => e.criterionId === criterion.id)
          .map((e) => (e.quote === '' ? { documentId: e.documentId, page: e.page } : { documentId: e.documentId, page: e.page, quote: e.quote })),
      };
    }),
  );
  const checks = rubric.checks.map((check) => {
    const result = entry.checks[check.id];
    if (result !== 'met' && result !== 'not-met') throw new Error(`${at}的达标项「${check.title}」尚未标记，不能签名`);
    return { checkId: check.id, result };
  });
  return {
    submissionId: scoring.submissionId,
    rubricId: rubric.id,
    scores,
    checks,
    vetoes: rubric.vetoes.filter((veto) => entry.vetoes[veto.id] === true).map((veto) => veto.id),
    total: totalScore(rubric, entry),
    overallComment: scoring.overallComment,
  };
}

/**
 * The unsigned score sheet (pingshen.sheet/1) of an expert's finished work: per submission every
 * criterion's score, comment and evidence in rubric order, checks, vetoes, total and overall
 * comment; recused submissions become `conflicts` with their reasons and carry no scores.
 * Throws (in Chinese) when a criterion is unscored or a check unmarked.
 */
export function composeUnsignedSheet(source: SheetSource): UnsignedScoreSheet {
  const conflicts: UnsignedScoreSheet['conflicts'] = [];
  const submissions: SubmissionScores[] = [];
  for (const { rubric, scoring } of source.submissions) {
    if (scoring.conflict) conflicts.push({ submissionId: scoring.submissionId, reason: scoring.conflict.reason });
    else submissions.push(scoresOf(rubric, scoring));
  }
  return {
    format: SHEET_FORMAT,
    reviewId: source.reviewId,
    packageDigest: source.packageDigest,
    expert: { ...source.expert },
    version: source.version,
    supersedes: source.supersedes,
    createdAt: source.createdAt,
    conflicts,
    submissions,
  };
}
