import { Exact, exactOf, figureOf, meanOf, stdDevOf, type ExactValue, type Figure } from './exact.ts';

/** What normalising needs of an application: the counted experts' totals. */
export interface NormalisedInput {
  readonly submissionId: string;
  readonly scores: readonly { readonly expertId: string; readonly total: number }[];
}

/**
 * The normalised view of one category, for sensitivity only (it never ranks): each expert's totals
 * become z-scores within their own assignments in the category (their mean and population SD), and
 * are mapped back to the points scale with the mean and SD of every total in the category, so a
 * harsh and a lenient expert weigh alike (as FLL-SW does for judges). An expert whose totals do not
 * vary (one application, or all equal) sits at the category's mean. An application's normalised
 * score is the mean of its experts' normalised totals; exact, rounded once. Null: no scores.
 */
export function normalisedScores(applications: readonly NormalisedInput[]): Map<string, Figure | null> {
  const byExpert = new Map<string, ExactValue[]>();
  for (const a of applications) for (const s of a.scores) byExpert.set(s.expertId, [...(byExpert.get(s.expertId) ?? []), exactOf(s.total)]);
  const all = [...byExpert.values()].flat();
  const poolMean = meanOf(all) ?? new Exact(0);
  const poolSd = stdDevOf(all) ?? new Exact(0);
  const own = new Map([...byExpert].map(([id, totals]) => [id, { mean: meanOf(totals) as ExactValue, sd: stdDevOf(totals) as ExactValue }]));
  const normalised = (expertId: string, total: number): ExactValue => {
    const { mean, sd } = own.get(expertId) as { mean: ExactValue; sd: ExactValue };
    return sd.isZero() ? poolMean : poolMean.plus(exactOf(total).minus(mean).dividedBy(sd).times(poolSd));
  };
  return new Map(
    applications.map((a) => {
      const mean = meanOf(a.scores.map((s) => normalised(s.expertId, s.total)));
      return [a.submissionId, mean === null ? null : figureOf(mean)];
    }),
  );
}
