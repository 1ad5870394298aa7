import type { Criterion } from '../domain/rubric.ts';
import { pointsTolerance } from './decimal.ts';

/**
 * Whether a score needs a comment. Nothing is required before a score is entered (null → false:
 * the missing score is what gets reported). 'always' → required once the criterion is scored;
 * 'never' → never; 'extremes' → required when the score is at or below lowPercent % of the maximum
 * or at or above highPercent % of it (so lowPercent 0 asks only a zero score to be justified).
 */
export function isCommentRequired(criterion: Criterion, score: number | null): boolean {
  if (score === null || !Number.isFinite(score)) return false;
  const rule = criterion.commentRule;
  switch (rule.kind) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'extremes': {
      const tolerance = pointsTolerance(criterion.step);
      const low = (criterion.maxPoints * rule.lowPercent) / 100;
      const high = (criterion.maxPoints * rule.highPercent) / 100;
      return score <= low + tolerance || score >= high - tolerance;
    }
  }
}
