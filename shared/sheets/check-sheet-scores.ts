import type { Criterion, Rubric } from '../domain/rubric.ts';
import { formatPoints, roundPoints, sumPoints } from '../scoring/decimal.ts';
import type { ScoreEntry } from '../scoring/score-entry.ts';
import { validateScore } from '../scoring/validate-score.ts';
import type { ScoreSheet, SubmissionScores } from './sheet-schema.ts';
import { reasonOf } from '../errors/reason.ts';
import { refuse } from './verify-result.ts';
import type { VerifyFailure } from './verify-result.ts';

/** A rubric's items by id, looked up once per rubric, not once per submission of every sheet. */
interface RubricIndex {
  readonly criteria: ReadonlyMap<string, Criterion>;
  readonly checkIds: ReadonlySet<string>;
  readonly vetoIds: ReadonlySet<string>;
}

// Keyed by the rubric object: a merge checks thousands of submissions against a handful of rubrics.
const indexes = new WeakMap<Rubric, RubricIndex>();

function indexOf(rubric: Rubric): RubricIndex {
  let index = indexes.get(rubric);
  if (index === undefined) {
    index = {
      criteria: new Map(rubric.sections.flatMap((section) => section.criteria.map((criterion) => [criterion.id, criterion] as const))),
      checkIds: new Set(rubric.checks.map((c) => c.id)),
      vetoIds: new Set(rubric.vetoes.map((v) => v.id)),
    };
    indexes.set(rubric, index);
  }
  return index;
}

/** The sheet's scores of one submission in the shape the scoring maths takes. */
export function entryOf(submission: SubmissionScores): ScoreEntry {
  return {
    scores: Object.fromEntries(submission.scores.map((s) => [s.criterionId, s.score])),
    comments: Object.fromEntries(submission.scores.map((s) => [s.criterionId, s.comment])),
    checks: Object.fromEntries(submission.checks.map((c) => [c.checkId, c.result])),
    vetoes: Object.fromEntries(submission.vetoes.map((v) => [v, true])),
  };
}

// Step 8: every submission is in the review, scored against its rubric, every item known, none left out.
function checkItems(submission: SubmissionScores, rubric: Rubric | undefined, fp: string): VerifyFailure | null {
  const { submissionId } = submission;
  if (rubric === undefined) return refuse('unknown_submission', reasonOf('sheet-refusals.unknown-submission', { submissionId }), fp);
  if (rubric.id !== submission.rubricId) {
    return refuse('wrong_rubric', reasonOf('sheet-refusals.wrong-rubric', { submissionId, sheetRubric: submission.rubricId, rubricId: rubric.id }), fp);
  }
  const { criteria, checkIds, vetoIds } = indexOf(rubric);
  const unknown = submission.scores.find((s) => !criteria.has(s.criterionId));
  if (unknown) return refuse('unknown_criterion', reasonOf('sheet-refusals.unknown-criterion', { submissionId, criterionId: unknown.criterionId }), fp);
  const unknownCheck = submission.checks.find((c) => !checkIds.has(c.checkId));
  if (unknownCheck) return refuse('unknown_criterion', reasonOf('sheet-refusals.unknown-check', { submissionId, checkId: unknownCheck.checkId }), fp);
  const unknownVeto = submission.vetoes.find((v) => !vetoIds.has(v));
  if (unknownVeto !== undefined) return refuse('unknown_criterion', reasonOf('sheet-refusals.unknown-veto', { submissionId, vetoId: unknownVeto }), fp);
  // The schema made the ids unique and the lines above made them known: as many as the rubric has means none is missing.
  if (submission.scores.length !== criteria.size) {
    const scored = new Set(submission.scores.map((s) => s.criterionId));
    const missing = [...criteria.values()].find((c) => !scored.has(c.id));
    if (missing) return refuse('missing_criterion', reasonOf('sheet-refusals.missing-score', { submissionId, title: missing.title, criterionId: missing.id }), fp);
  }
  if (submission.checks.length !== checkIds.size) {
    const marked = new Set(submission.checks.map((c) => c.checkId));
    const unmarked = rubric.checks.find((c) => !marked.has(c.id));
    if (unmarked) return refuse('missing_criterion', reasonOf('sheet-refusals.unmarked-check', { submissionId, title: unmarked.title, checkId: unmarked.id }), fp);
  }
  return null;
}

// Step 9: each score inside its criterion's range and step, the total equal to the sum.
function checkPoints(submission: SubmissionScores, rubric: Rubric, fp: string): VerifyFailure | null {
  const { submissionId } = submission;
  const { criteria } = indexOf(rubric);
  for (const { criterionId, score } of submission.scores) {
    const criterion = criteria.get(criterionId);
    const problem = criterion && validateScore(criterion, score);
    if (problem && criterion) {
      const words = { submissionId, title: criterion.title, max: formatPoints(criterion.maxPoints), step: formatPoints(criterion.step), score: problem.code === 'not_a_number' ? '' : formatPoints(score) };
      return refuse('score_out_of_bounds', reasonOf('sheet-refusals.score-out-of-bounds', words), fp);
    }
  }
  // Step 8 has made the scores exactly the rubric's criteria, each once: their sum is the rubric total.
  const computed = sumPoints(submission.scores.map((s) => s.score));
  if (roundPoints(submission.total) !== computed) {
    return refuse('wrong_total', reasonOf('sheet-refusals.wrong-total', { submissionId, total: formatPoints(submission.total), computed: formatPoints(computed) }), fp);
  }
  return null;
}

/** Steps 8 and 9 of verifySheet against the review's rubrics: null when every submission passes. */
export function checkSheetScores(sheet: ScoreSheet, rubrics: ReadonlyMap<string, Rubric>, fingerprint: string): VerifyFailure | null {
  for (const submission of sheet.submissions) {
    const failure = checkItems(submission, rubrics.get(submission.submissionId), fingerprint);
    if (failure) return failure;
  }
  for (const submission of sheet.submissions) {
    const rubric = rubrics.get(submission.submissionId);
    const failure = rubric && checkPoints(submission, rubric, fingerprint);
    if (failure) return failure;
  }
  return null;
}
