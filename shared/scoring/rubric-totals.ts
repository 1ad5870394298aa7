import type { Rubric, RubricSection } from '../domain/rubric.ts';
import { sumPoints } from './decimal.ts';
import type { ScoreEntry } from './score-entry.ts';

/** A score as it counts towards totals: not entered (null) or not a finite number counts 0. */
function counted(value: number | null | undefined): number {
  // A NaN would poison every total shown; completeness reports the bad score instead.
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The points an entry gives a section: the sum of its criteria's entered scores (missing counts 0). */
export function sectionScore(section: RubricSection, entry: ScoreEntry): number {
  return sumPoints(section.criteria.map((criterion) => counted(entry.scores[criterion.id])));
}

/** The entry's total over the whole rubric: the sum of its section scores. */
export function totalScore(rubric: Rubric, entry: ScoreEntry): number {
  return sumPoints(rubric.sections.map((section) => sectionScore(section, entry)));
}

/** The highest total the rubric allows: the sum of every criterion's maximum (equals totalPoints when valid). */
export function maxTotal(rubric: Rubric): number {
  return sumPoints(rubric.sections.flatMap((section) => section.criteria.map((criterion) => criterion.maxPoints)));
}
