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
