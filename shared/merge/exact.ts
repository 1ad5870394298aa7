import { Decimal } from 'decimal.js';
import { figureDecimals } from '../scoring/decimal.ts';

// Means, medians and standard deviations of scores are computed in decimal, not binary floating
// point: 0.5-point steps never drift, and 85.335 rounds to 85.34 as a person expects. One rounding
// rule, applied once, at the end: 四舍五入 (half away from zero) to 2 decimals.

/** decimal.js with 40 significant digits and half-up rounding: exact for sums and means of scores. */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** An exact decimal. */
export type ExactValue = InstanceType<typeof Exact>;

/** A computed figure: its exact decimal text (for checking) and the published value (四舍五入 to `figureDecimals`, the app's one rule). */
export interface Figure {
  readonly exact: string;
  readonly value: number;
}

// Totals and scores repeat (a few hundred values in a call): each is read into a decimal once. Decimals are immutable, so sharing is safe.
const exactSeen = new Map<number, ExactValue>();

/** A score from a sheet as an exact decimal: sheet numbers are short decimals (7.5, 12), read from their shortest text. */
export function exactOf(points: number): ExactValue {
  let exact = exactSeen.get(points);
  if (exact === undefined) {
    exact = new Exact(String(points));
    // Bounded: a hostile sheet of distinct values must not grow it without end.
    if (exactSeen.size >= 4096) exactSeen.clear();
    exactSeen.set(points, exact);
  }
  return exact;
}

/** The published figure of an exact value. */
export function figureOf(value: ExactValue): Figure {
  return { exact: value.toString(), value: value.toDecimalPlaces(figureDecimals, Exact.ROUND_HALF_UP).toNumber() };
}

/** Sum of exact values. */
export function sumOf(values: readonly ExactValue[]): ExactValue {
  return values.reduce((sum, v) => sum.plus(v), new Exact(0));
}

// Largest integer a scaled sum may reach and still be exact in a double.
const SAFE = Number.MAX_SAFE_INTEGER / 16;

// Scores take a handful of values (0, 0.5, … 10): each one's decimals are counted once, not per score.
const decimalsSeen = new Map<number, number | null>();

/** How many decimals a number's shortest text has, or null for exponent form (then decimal.js adds). */
function decimalsOf(points: number): number | null {
  let decimals = decimalsSeen.get(points);
  if (decimals === undefined) {
    const text = String(points);
    const dot = text.indexOf('.');
    decimals = text.includes('e') ? null : dot === -1 ? 0 : text.length - dot - 1;
    // Bounded: a hostile sheet of distinct values must not grow it without end.
    if (decimalsSeen.size >= 4096) decimalsSeen.clear();
    decimalsSeen.set(points, decimals);
  }
  return decimals;
}

/**
 * Sum of sheet scores, exact: scores are short decimals, so each is an integer count of
 * 10^-decimals and those add exactly in a double (checked); decimal.js only for what does not fit.
 * The section sums of a large merge are hundreds of thousands of additions: this is what keeps them cheap.
 */
export function sumOfPoints(points: readonly number[]): ExactValue {
  let decimals = 0;
  for (const p of points) {
    const d = decimalsOf(p);
    if (d === null || d > 6) return sumOf(points.map(exactOf));
    if (d > decimals) decimals = d;
  }
  const scale = 10 ** decimals;
  let units = 0;
  for (const p of points) {
    // p has at most `decimals` decimals, so p × scale lies within a rounding error of an integer.
    units += Math.round(p * scale);
    if (Math.abs(units) > SAFE) return sumOf(points.map(exactOf));
  }
  return new Exact(units).dividedBy(scale);
}

/** Arithmetic mean; null for none. */
export function meanOf(values: readonly ExactValue[]): ExactValue | null {
  return values.length === 0 ? null : sumOf(values).dividedBy(values.length);
}

/** The values in ascending order (a copy). */
export function ascending(values: readonly ExactValue[]): ExactValue[] {
  return [...values].sort((a, b) => a.comparedTo(b));
}

/** Median of values already in ascending order (mean of the middle two for an even count); null for none. */
export function medianOfSorted(sorted: readonly ExactValue[]): ExactValue | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as ExactValue;
  return sorted.length % 2 === 1 ? upper : (sorted[middle - 1] as ExactValue).plus(upper).dividedBy(2);
}

/** Median (mean of the middle two for an even count); null for none. */
export function medianOf(values: readonly ExactValue[]): ExactValue | null {
  return medianOfSorted(ascending(values));
}

/** Population standard deviation (σ, STDEV.P) of values already in ascending order, about their mean; null for none. */
export function stdDevOfSorted(sorted: readonly ExactValue[], mean: ExactValue | null = meanOf(sorted)): ExactValue | null {
  if (mean === null || sorted.length === 0) return null;
  // The squares are rounded at 40 digits: summing them in value order makes the last digit independent of the experts' order.
  // d × d rather than d.pow(2): the same correctly rounded square (pow's guard digits lie beyond the digit that rounds), at a fraction of the cost.
  return sumOf(sorted.map((v) => {
    const d = v.minus(mean);
    return d.times(d);
  })).dividedBy(sorted.length).sqrt();
}

/** Population standard deviation (σ, STDEV.P); null for none. */
export function stdDevOf(values: readonly ExactValue[]): ExactValue | null {
  return stdDevOfSorted(ascending(values));
}

/** Mean of values already in ascending order after dropping the `count` highest and `count` lowest; null when that would leave none. */
export function trimmedMeanOfSorted(sorted: readonly ExactValue[], count: number): ExactValue | null {
  if (sorted.length - 2 * count < 1) return null;
  return meanOf(sorted.slice(count, sorted.length - count));
}

/**
 * Mean after dropping the `count` highest and `count` lowest values; null when that would leave
 * none (the caller then falls back to the plain mean and says so).
 */
export function trimmedMeanOf(values: readonly ExactValue[], count: number): ExactValue | null {
  return trimmedMeanOfSorted(ascending(values), count);
}
