import type { Rubric } from '../domain/rubric.ts';
import type { SubmissionScoring } from '../domain/scoring.ts';
import { domainError } from '../errors/domain-error.ts';
import { formatPoints } from '../scoring/decimal.ts';
import { totalScore } from '../scoring/rubric-totals.ts';
import { pairKey, scoreChanges } from './check-revisions.ts';
import { SHEET_FORMAT } from './sheet-schema.ts';
import type { ScoreSheet, SheetRevision, SubmissionScores, UnsignedScoreSheet } from './sheet-schema.ts';

/** The expert's reason for one score of an amended version: for a change, or to confirm an unchanged score. */
export interface ScoreReason {
  readonly submissionId: string;
  readonly criterionId: string;
  readonly reason: string;
}

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
  /** Version N−1 as signed, for version N ≥ 2: the sheet then carries `revisions`. */
  readonly previous?: ScoreSheet | null;
  /** The expert's reasons (blank ones are ignored); every score changed since `previous` needs one. */
  readonly reasons?: readonly ScoreReason[];
}

// Every changed score with its reason, and each reason for an unchanged score as a confirmation.
function revisionsOf(source: SheetSource, previous: ScoreSheet, submissions: readonly SubmissionScores[]): SheetRevision[] {
  const reasons = new Map((source.reasons ?? []).filter((r) => r.reason.trim() !== '').map((r) => [pairKey(r.submissionId, r.criterionId), { ...r, reason: r.reason.trim() }]));
  const title = (submissionId: string, criterionId: string) => {
    const rubric = source.submissions.find((s) => s.scoring.submissionId === submissionId)?.rubric;
    return rubric?.sections.flatMap((s) => s.criteria).find((c) => c.id === criterionId)?.title ?? criterionId;
  };
  const changes = scoreChanges(previous, { submissions: [...submissions] });
  const missing = changes.filter((c) => !reasons.has(pairKey(c.submissionId, c.criterionId)));
  const [first] = missing;
  if (first) {
    const what = `申报「${first.submissionId}」的「${title(first.submissionId, first.criterionId)}」（${first.from === null ? '未评' : formatPoints(first.from)} → ${formatPoints(first.to)}）`;
    throw domainError('sheets.reason-missing', { version: source.version, what, count: missing.length });
  }
  const scored = new Set(submissions.flatMap((s) => s.scores.map((c) => pairKey(s.submissionId, c.criterionId))));
  const unknown = [...reasons.entries()].find(([pair]) => !scored.has(pair))?.[1];
  if (unknown) throw domainError('sheets.reason-unknown', { what: `申报「${unknown.submissionId}」的评分项「${unknown.criterionId}」` });
  // In the sheet's own order (submissions, then rubric order), whatever order the reasons came in;
  // `from` is N−1's score for a change, the score itself for a confirmation.
  const changedFrom = new Map(changes.map((c) => [pairKey(c.submissionId, c.criterionId), c.from]));
  return submissions.flatMap((s) =>
    s.scores.flatMap((c) => {
      const pair = pairKey(s.submissionId, c.criterionId);
      const given = reasons.get(pair);
      if (!given) return [];
      return [{ submissionId: s.submissionId, criterionId: c.criterionId, from: changedFrom.has(pair) ? (changedFrom.get(pair) ?? null) : c.score, reason: given.reason }];
    }),
  );
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
 * For version N ≥ 2 with `previous`, `revisions` lists every score changed since N−1 with the
 * expert's reason, and each reason for an unchanged score as a confirmation.
 * Throws (in Chinese) when a criterion is unscored, a check unmarked, or a changed score has no reason.
 */
export function composeUnsignedSheet(source: SheetSource): UnsignedScoreSheet {
  const conflicts: UnsignedScoreSheet['conflicts'] = [];
  const submissions: SubmissionScores[] = [];
  for (const { rubric, scoring } of source.submissions) {
    if (scoring.conflict) conflicts.push({ submissionId: scoring.submissionId, reason: scoring.conflict.reason });
    else submissions.push(scoresOf(rubric, scoring));
  }
  const previous = source.version >= 2 ? source.previous : null;
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
    ...(previous ? { revisions: revisionsOf(source, previous, submissions) } : {}),
  };
}
