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

/** A score from a sheet as an exact decimal: sheet numbers are short decimals (7.5, 12), read from their shortest text. */
export function exactOf(points: number): ExactValue {
  return new Exact(String(points));
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

/** How many decimals a number's shortest text has, or null for exponent form (then decimal.js adds). */
function decimalsOf(points: number): number | null {
  const text = String(points);
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
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

/** Median (mean of the middle two for an even count); null for none. */
export function medianOf(values: readonly ExactValue[]): ExactValue | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as ExactValue;
  return sorted.length % 2 === 1 ? upper : (sorted[middle - 1] as ExactValue).plus(upper).dividedBy(2);
}

/** Population standard deviation (σ, STDEV.P); null for none. */
export function stdDevOf(values: readonly ExactValue[]): ExactValue | null {
  const mean = meanOf(values);
  if (mean === null) return null;
  // The squares are rounded at 40 digits: summing them in value order makes the last digit independent of the experts' order.
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return sumOf(sorted.map((v) => v.minus(mean).pow(2))).dividedBy(values.length).sqrt();
}

/**
 * Mean after dropping the `count` highest and `count` lowest values; null when that would leave
 * none (the caller then falls back to the plain mean and says so).
 */
export function trimmedMeanOf(values: readonly ExactValue[], count: number): ExactValue | null {
  if (values.length - 2 * count < 1) return null;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return meanOf(sorted.slice(count, sorted.length - count));
}
