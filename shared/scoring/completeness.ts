import type { Rubric } from '../domain/rubric.ts';
import { isCommentRequired } from './comment-rule.ts';
import type { ScoreEntry } from './score-entry.ts';
import { validateScore } from './validate-score.ts';
import type { ScoreProblem } from './validate-score.ts';

/** How far an entry is from being submittable against its rubric. */
export interface Completeness {
  /** Criteria with a valid score entered. */
  readonly scoredCriteria: number;
  readonly totalCriteria: number;
  /** Criterion ids with no score entered. */
  readonly missingScores: string[];
  /** Entered scores outside the criterion's range or step. */
  readonly invalidScores: { criterionId: string; problem: ScoreProblem }[];
  /** Criterion ids whose comment rule asks for a comment that is empty or blank. */
  readonly missingComments: string[];
  /** 达标 check ids marked neither met nor not met. */
  readonly uncheckedChecks: string[];
  /** Every criterion validly scored, every required comment written, every check marked. */
  readonly complete: boolean;
}

/**
 * What is missing or wrong in an entry. A comment is only asked of a valid score: an invalid one
 * must be corrected first, and the corrected value decides whether a comment is needed.
 * Vetoes default to "not applicable", so they never make an entry incomplete.
 */
export function completenessOf(rubric: Rubric, entry: ScoreEntry): Completeness {
  const missingScores: string[] = [];
  const invalidScores: { criterionId: string; problem: ScoreProblem }[] = [];
  const missingComments: string[] = [];
  let scoredCriteria = 0;
  let totalCriteria = 0;
  for (const criterion of rubric.sections.flatMap((section) => section.criteria)) {
    totalCriteria += 1;
    const score = entry.scores[criterion.id];
    if (score === null || score === undefined) {
      missingScores.push(criterion.id);
      continue;
    }
    const problem = validateScore(criterion, score);
    if (problem) {
      invalidScores.push({ criterionId: criterion.id, problem });
      continue;
    }
    scoredCriteria += 1;
    if (isCommentRequired(criterion, score) && (entry.comments[criterion.id] ?? '').trim() === '') {
      missingComments.push(criterion.id);
    }
  }
  const uncheckedChecks = rubric.checks
    .filter((check) => entry.checks[check.id] !== 'met' && entry.checks[check.id] !== 'not-met')
    .map((check) => check.id);
  const complete =
    scoredCriteria === totalCriteria && missingComments.length === 0 && uncheckedChecks.length === 0;
  return { scoredCriteria, totalCriteria, missingScores, invalidScores, missingComments, uncheckedChecks, complete };
}
