import type { Criterion, LevelBand } from '../domain/rubric.ts';
import { pointsTolerance } from './decimal.ts';

/** The band (档次) a score falls in, bounds inclusive with float tolerance; null when none (or no bands defined). */
export function bandOf(criterion: Criterion, score: number): LevelBand | null {
  if (!Number.isFinite(score)) return null;
  const tolerance = pointsTolerance(criterion.step);
  return criterion.bands.find((band) => score >= band.min - tolerance && score <= band.max + tolerance) ?? null;
}
