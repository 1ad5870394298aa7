import type { Criterion } from '../domain/rubric.ts';
import { pointsTolerance, roundPoints } from './decimal.ts';

/**
 * The score one step up (+1) or down (−1) from `score`, for ↑/↓ in a score field. It stays put at
 * the bounds instead of passing them; from no score, ↑ starts at 0 and ↓ leaves it empty.
 */
export function stepScore(criterion: Criterion, score: number | null, direction: 1 | -1): number | null {
  if (score === null) return direction === 1 ? 0 : null;
  const next = roundPoints(score + direction * criterion.step);
  const tolerance = pointsTolerance(criterion.step);
  if (next < -tolerance || next > criterion.maxPoints + tolerance) return score;
  return next;
}
