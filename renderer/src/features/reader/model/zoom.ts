/** A zoom as the reader keeps it: fit to the page's width, fit the whole page, or a scale (1 = 100 %). */
export type ZoomValue = 'page-width' | 'page-fit' | number;

/** The smallest and largest scale the reader offers. */
export const minScale = 0.25;
/** The largest scale the reader offers. */
export const maxScale = 4;

/** The percentages in the zoom list (50 %–400 %). */
export const zoomPresetPercents: readonly number[] = [50, 75, 100, 125, 150, 200, 300, 400];

/** The steps Ctrl+= / Ctrl+- and Ctrl+wheel move through, as scales. */
export const zoomSteps: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4];

/** Keeps a scale inside the offered range. */
export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(maxScale, Math.max(minScale, scale));
}

/** The next step up from `scale` (a scale between steps goes to the step above it). */
export function zoomInFrom(scale: number): number {
  return zoomSteps.find((step) => step > scale * 1.001) ?? maxScale;
}

/** The next step down from `scale`. */
export function zoomOutFrom(scale: number): number {
  return [...zoomSteps].reverse().find((step) => step < scale / 1.001) ?? minScale;
}

/** The value pdf.js's `currentScaleValue` takes for a zoom. */
export function toPdfjsScaleValue(zoom: ZoomValue): string {
  return typeof zoom === 'number' ? String(clampScale(zoom)) : zoom;
}

/** Reads a stored or selected zoom ('page-width', 'page-fit', '1.25'); anything else fits the width. */
export function parseZoomValue(value: string | null | undefined): ZoomValue {
  if (value === 'page-width' || value === 'page-fit') return value;
  const scale = Number(value);
  return value && Number.isFinite(scale) && scale > 0 ? clampScale(scale) : 'page-width';
}

/** The zoom pdf.js reports after a `scalechanging` event: its preset name, or the bare scale. */
export function zoomFromScaleEvent(scale: number, presetValue: string | undefined): ZoomValue {
  if (presetValue === 'page-width' || presetValue === 'page-fit') return presetValue;
  return Math.round(scale * 10_000) / 10_000;
}

/** A scale as a whole percentage, for the zoom list (1.254 → 125). */
export function scalePercent(scale: number): number {
  return Math.round(scale * 100);
}

/** Ctrl+wheel: deltas accumulate until they make whole steps (a trackpad sends many small ones). */
export interface WheelZoom {
  /** Steps to zoom: positive in, negative out. */
  readonly steps: number;
  /** What is carried to the next wheel event. */
  readonly rest: number;
}

/** Pixels of wheel travel per zoom step (one notch of a mouse wheel is about 100). */
export const wheelPixelsPerStep = 100;

/** Turns a wheel event's delta into zoom steps; `deltaMode` 1 (lines) and 2 (pages) count as a notch each. */
export function wheelZoomSteps(carried: number, deltaY: number, deltaMode: number): WheelZoom {
  const pixels = deltaMode === 0 ? deltaY : Math.sign(deltaY) * wheelPixelsPerStep;
  // Wheel down (positive deltaY) zooms out, as in browsers and pdf.js.
  const total = carried - pixels;
  const steps = Math.trunc(total / wheelPixelsPerStep);
  return { steps, rest: total - steps * wheelPixelsPerStep };
}
