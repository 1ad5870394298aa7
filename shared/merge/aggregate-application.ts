import type { Aggregation } from '../domain/program.ts';
import type { Rubric } from '../domain/rubric.ts';
import { organisationOverlap } from '../roster/organisation-overlap.ts';
import { ascending, Exact, exactOf, figureOf, meanOf, medianOfSorted, stdDevOfSorted, sumOf, sumOfPoints, trimmedMeanOf, trimmedMeanOfSorted, type ExactValue, type Figure } from './exact.ts';
import type { MergeFlag } from './merge-flags.ts';

/** One counted expert's scoring of one application, as their current signed sheet has it. */
export interface ExpertScore {
  readonly expertId: string;
  readonly name: string;
  readonly organisation: string;
  readonly total: number;
  /** criterion id → score. */
  readonly criteria: ReadonlyMap<string, number>;
  /** check id → 达标 / 不达标. */
  readonly checks: ReadonlyMap<string, 'met' | 'not-met'>;
  /** Ids of the 一票否决 items the expert marked. */
  readonly vetoes: readonly string[];
}

/** Where the trimmed mean drops the highest and lowest: the experts' totals (the default), or each criterion's scores. */
export type TrimOn = 'totals' | 'criteria';

/** How a review merges: the program's aggregation settings and the review's own choices. */
export interface MergeSettings {
  readonly aggregation: Aggregation;
  readonly trimOn: TrimOn;
  /** An expert whose total is more than this share from the others' mean must explain (0.3: the common 30 % rule). */
  readonly deviationShare: number;
}

/** The default deviation share of several 评审办法: 30 %. */
export const defaultDeviationShare = 0.3;

/** The trimmed mean as computed: applied, or the plain mean because the panel was too small (and why). */
export interface TrimmedMean {
  readonly figure: Figure | null;
  /** False: fewer than trimMinimumPanel experts (or too few to drop any), so it is the plain mean. */
  readonly applied: boolean;
  /** With trimming on totals: the experts whose totals were dropped (highest first, then lowest). */
  readonly dropped: readonly string[];
}

/** One application's aggregates by every rule, side by side, and its flags. */
export interface ApplicationAggregate {
  readonly panel: number;
  readonly experts: readonly { readonly expertId: string; readonly name: string; readonly total: number }[];
  readonly mean: Figure | null;
  readonly trimmedMean: TrimmedMean;
  readonly median: Figure | null;
  readonly range: Figure | null;
  readonly stdDev: Figure | null;
  /** Mean of the experts' section sums, by section id (for the section tie-break). */
  readonly sections: Readonly<Record<string, Figure>>;
  readonly flags: readonly MergeFlag[];
}

/** The figure the review's rule ranks by. */
export function ruleFigure(aggregate: ApplicationAggregate, rule: Aggregation['rule']): Figure | null {
  if (rule === 'mean') return aggregate.mean;
  if (rule === 'median') return aggregate.median;
  return aggregate.trimmedMean.figure;
}

/** The totals' figures every rule and flag reads, each computed once: ascending order, sum, mean, median, range, σ. */
interface Spread {
  readonly sorted: readonly ExactValue[];
  readonly sum: ExactValue;
  readonly mean: ExactValue | null;
  readonly median: ExactValue | null;
  readonly range: ExactValue | null;
  readonly stdDev: ExactValue | null;
}

function spreadOf(scores: readonly ExpertScore[], totals: readonly ExactValue[]): Spread {
  const sorted = ascending(totals);
  // The totals are sheet numbers: their sum is exact by scaled integers, as the section sums are.
  const sum = sumOfPoints(scores.map((e) => e.total));
  const mean = totals.length === 0 ? null : sum.dividedBy(totals.length);
  const range = totals.length === 0 ? null : (sorted.at(-1) as ExactValue).minus(sorted[0] as ExactValue);
  return { sorted, sum, mean, median: medianOfSorted(sorted), range, stdDev: stdDevOfSorted(sorted, mean) };
}

function trimmed(scores: readonly ExpertScore[], totals: readonly ExactValue[], spread: Spread, rubric: Rubric, settings: MergeSettings): TrimmedMean {
  const { trimCount, trimMinimumPanel } = settings.aggregation;
  const plain = { figure: spread.mean === null ? null : figureOf(spread.mean), applied: false, dropped: [] };
  if (scores.length < trimMinimumPanel || trimCount === 0 || scores.length - 2 * trimCount < 1) return plain;
  if (settings.trimOn === 'criteria') {
    // 去掉每一项的最高分和最低分, then add up the items.
    const items = rubric.sections.flatMap((s) => s.criteria).map((c) => trimmedMeanOf(scores.map((e) => exactOf(e.criteria.get(c.id) ?? 0)), trimCount) as ExactValue);
    return { figure: figureOf(sumOf(items)), applied: true, dropped: [] };
  }
  // Ties are dropped in a fixed order (by total, then expert id): the mean is the same whichever is dropped.
  const order = scores.map((e, i) => ({ e, t: totals[i] as ExactValue })).sort((a, b) => a.t.comparedTo(b.t) || (a.e.expertId < b.e.expertId ? -1 : 1));
  const dropped = [...order.slice(-trimCount).reverse(), ...order.slice(0, trimCount)].map((x) => x.e.expertId);
  return { figure: figureOf(trimmedMeanOfSorted(spread.sorted, trimCount) as ExactValue), applied: true, dropped };
}

function divergence(scores: readonly ExpertScore[], totals: readonly ExactValue[], spread: Spread, settings: MergeSettings): MergeFlag | null {
  const { maxRange, maxStdDev } = settings.aggregation.divergence;
  if (totals.length < 2) return null;
  const range = spread.range as ExactValue;
  const sd = spread.stdDev as ExactValue;
  if (!range.greaterThan(maxRange) && !sd.greaterThan(maxStdDev)) return null;
  const median = spread.median as ExactValue;
  const distances = totals.map((t) => t.minus(median));
  const farthest = distances.reduce((max, d) => (d.abs().greaterThan(max) ? d.abs() : max), new Exact(0));
  const outliers = scores.flatMap((e, i) => ((distances[i] as ExactValue).abs().equals(farthest) ? [{ expertId: e.expertId, name: e.name, distance: figureOf(distances[i] as ExactValue) }] : []));
  return { kind: 'divergence', range: figureOf(range), stdDev: figureOf(sd), maxRange, maxStdDev, outliers };
}

// How far a binary estimate of a share may be from the exact one and still decide it: doubles of
// sums of scores are within about 1e-15 of their value, so 1e-9 is far on the safe side.
const CLEARLY = 1e-9;

function deviations(scores: readonly ExpertScore[], totals: readonly ExactValue[], spread: Spread, share: number): MergeFlag[] {
  if (scores.length < 2) return [];
  const { sum } = spread;
  const sumNumber = sum.toNumber();
  return scores.flatMap((e, i): MergeFlag[] => {
    // Most experts are nowhere near the limit: a double says so; the exact test is for the rest.
    const estimate = (sumNumber - e.total) / (scores.length - 1);
    if (estimate > 0 && Math.abs(e.total - estimate) / estimate < share - CLEARLY) return [];
    const own = totals[i] as ExactValue;
    const othersMean = sum.minus(own).dividedBy(scores.length - 1);
    if (othersMean.isZero()) return [];
    const off = own.minus(othersMean).abs().dividedBy(othersMean);
    if (!off.greaterThan(share)) return [];
    return [{ kind: 'deviation', expert: { expertId: e.expertId, name: e.name }, total: e.total, othersMean: figureOf(othersMean), percent: figureOf(off.times(100)), limitPercent: share * 100 }];
  });
}

/**
 * Aggregates one application from the experts counted for it (current sheets, recused experts left
 * out, so the panel is smaller and the trim rule applies to the smaller panel): mean, trimmed mean
 * (or the plain mean when the panel is too small, said so), median, range and population SD, all
 * exact; then its flags. `institutions` are the applicant and partners, for the unrecused-conflict flag;
 * `formalFailure`, the reasons the review's formal check failed it (null: it did not).
 */
export function aggregateApplication(
  scores: readonly ExpertScore[],
  rubric: Rubric,
  settings: MergeSettings,
  institutions: readonly string[],
  formalFailure: readonly string[] | null = null,
): ApplicationAggregate {
  const totals = scores.map((e) => exactOf(e.total));
  const spread = spreadOf(scores, totals);
  const sections = Object.fromEntries(
    rubric.sections.map((s) => [s.id, figureOf(meanOf(scores.map((e) => sumOfPoints(s.criteria.map((c) => e.criteria.get(c.id) ?? 0)))) ?? new Exact(0))]),
  );
  const flags: MergeFlag[] = formalFailure === null ? [] : [{ kind: 'formal_check_failed', reasons: formalFailure }];
  const { minimumPanel } = settings.aggregation;
  if (scores.length < minimumPanel) flags.push({ kind: 'too_few', panel: scores.length, minimum: minimumPanel });
  const diverged = divergence(scores, totals, spread, settings);
  if (diverged) flags.push(diverged);
  flags.push(...deviations(scores, totals, spread, settings.deviationShare));
  const vetoTitle = (id: string) => rubric.vetoes.find((v) => v.id === id)?.title ?? id;
  const vetoed = scores.filter((e) => e.vetoes.length > 0).map((e) => ({ expertId: e.expertId, name: e.name, items: e.vetoes.map(vetoTitle) }));
  if (vetoed.length > 0) flags.push({ kind: 'veto', experts: vetoed });
  for (const check of rubric.checks) {
    const failed = scores.filter((e) => e.checks.get(check.id) === 'not-met').length;
    if (failed * 2 > scores.length) flags.push({ kind: 'check_failed', checkId: check.id, title: check.title, failed, panel: scores.length });
  }
  for (const e of scores) {
    const same = organisationOverlap(e.organisation, institutions);
    if (same.length > 0) flags.push({ kind: 'unrecused_conflict', expert: { expertId: e.expertId, name: e.name }, institutions: same });
  }
  return {
    panel: scores.length,
    experts: scores.map((e) => ({ expertId: e.expertId, name: e.name, total: e.total })),
    mean: spread.mean === null ? null : figureOf(spread.mean),
    trimmedMean: trimmed(scores, totals, spread, rubric, settings),
    median: spread.median === null ? null : figureOf(spread.median),
    range: spread.range === null ? null : figureOf(spread.range),
    stdDev: spread.stdDev === null ? null : figureOf(spread.stdDev),
    sections,
    flags,
  };
}
