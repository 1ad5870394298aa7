import type { Criterion } from '../domain/rubric.ts';
import { formatPoints, isMultipleOf, pointsTolerance } from './decimal.ts';

/** Why a score was refused, with a Chinese message naming the criterion and what it allows. */
export interface ScoreProblem {
  readonly code: 'not_a_number' | 'negative' | 'above_max' | 'off_step';
  readonly message: string;
}

/** The allowed scores of a criterion in words, e.g. 「课程体系」的得分须在 0–15 之间，且为 0.5 的整数倍. */
export function allowedScoresText(criterion: Criterion): string {
  return `「${criterion.title}」的得分须在 0–${formatPoints(criterion.maxPoints)} 之间，且为 ${formatPoints(criterion.step)} 的整数倍`;
}

/**
 * Checks one entered score against its criterion: a finite number in [0, maxPoints] that is a
 * multiple of the step (float noise tolerated). Returns null when the score is acceptable.
 */
export function validateScore(criterion: Criterion, value: unknown): ScoreProblem | null {
  // The message is written only for a refusal: a merge checks hundreds of thousands of scores.
  const problem = (code: ScoreProblem['code'], now: string): ScoreProblem => ({ code, message: `${allowedScoresText(criterion)}（${now}）` });
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem('not_a_number', '当前输入不是数字');
  const tolerance = pointsTolerance(criterion.step);
  if (value < -tolerance) return problem('negative', `当前为 ${formatPoints(value)}`);
  if (value > criterion.maxPoints + tolerance) return problem('above_max', `当前为 ${formatPoints(value)}`);
  if (!isMultipleOf(value, criterion.step)) return problem('off_step', `当前为 ${formatPoints(value)}`);
  return null;
}
