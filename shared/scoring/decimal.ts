/** Points are kept to six decimals: far finer than any step a rubric uses, coarse enough to hide float noise. */
const SCALE = 1e6;

/** Tolerance, relative to the step, under which a value counts as a multiple of it. */
const RELATIVE_TOLERANCE = 1e-9;

/** Whether `value` is a whole multiple of `step`, allowing float noise such as 0.1 × 3 = 0.30000000000000004. */
export function isMultipleOf(value: number, step: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(step) || step <= 0) return false;
  return Math.abs(value - Math.round(value / step) * step) <= RELATIVE_TOLERANCE * step;
}

/** The tolerance used when comparing points against a bound on a criterion with this step. */
export function pointsTolerance(step: number): number {
  return RELATIVE_TOLERANCE * step;
}

/** `value` rounded to 1e-6 points, so 0.1 + 0.2 shows as 0.3 (and −0 as 0). */
export function roundPoints(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return rounded === 0 ? 0 : rounded;
}

/** The sum of points, added in whole millionths so long sums do not drift. */
export function sumPoints(values: Iterable<number>): number {
  let micro = 0;
  for (const value of values) micro += Math.round(value * SCALE);
  return roundPoints(micro / SCALE);
}

/** Points as shown to people: rounded, no trailing zeros (15, 12.5, 0.3). */
export function formatPoints(value: number): string {
  return String(roundPoints(value));
}

/** Decimals shown for computed figures (means, standard deviations): 四舍五入 to 2 decimals. */
export const figureDecimals = 2;
