import { describe, expect, it } from 'vitest';
import {
  clampScale,
  maxScale,
  minScale,
  parseZoomValue,
  scalePercent,
  toPdfjsScaleValue,
  wheelZoomSteps,
  zoomFromScaleEvent,
  zoomInFrom,
  zoomOutFrom,
  zoomSteps,
} from '../../../../renderer/src/features/reader/model/zoom.ts';

describe('reader zoom', () => {
  it('steps through the zoom steps in both directions, from any scale', () => {
    expect(zoomInFrom(1)).toBe(1.1);
    expect(zoomOutFrom(1)).toBe(0.9);
    expect(zoomInFrom(0.5)).toBe(0.67);
    expect(zoomOutFrom(0.67)).toBe(0.5);
    // A fitted scale between steps moves to the neighbouring step.
    expect(zoomInFrom(1.37)).toBe(1.5);
    expect(zoomOutFrom(1.37)).toBe(1.25);
    // Nearly equal to a step counts as on it.
    expect(zoomInFrom(1.2499)).toBe(1.5);
  });

  it('stops at the ends of the range', () => {
    expect(zoomInFrom(maxScale)).toBe(maxScale);
    expect(zoomOutFrom(minScale)).toBe(minScale);
    expect(zoomInFrom(9)).toBe(maxScale);
    expect(zoomOutFrom(0.1)).toBe(minScale);
    expect(zoomSteps[0]).toBe(minScale);
    expect(zoomSteps.at(-1)).toBe(maxScale);
  });

  it('clamps scales and gives pdf.js its scale value', () => {
    expect(clampScale(10)).toBe(maxScale);
    expect(clampScale(0.01)).toBe(minScale);
    expect(clampScale(Number.NaN)).toBe(1);
    expect(toPdfjsScaleValue('page-width')).toBe('page-width');
    expect(toPdfjsScaleValue('page-fit')).toBe('page-fit');
    expect(toPdfjsScaleValue(1.5)).toBe('1.5');
    expect(toPdfjsScaleValue(12)).toBe('4');
  });

  it('parses stored and selected zooms, falling back to the page width', () => {
    expect(parseZoomValue('page-fit')).toBe('page-fit');
    expect(parseZoomValue('1.25')).toBe(1.25);
    expect(parseZoomValue('0')).toBe('page-width');
    expect(parseZoomValue('auto')).toBe('page-width');
    expect(parseZoomValue(null)).toBe('page-width');
    expect(parseZoomValue('')).toBe('page-width');
  });

  it('reads pdf.js scale events as a preset or a rounded scale', () => {
    expect(zoomFromScaleEvent(1.3333, 'page-width')).toBe('page-width');
    expect(zoomFromScaleEvent(0.8, 'page-fit')).toBe('page-fit');
    expect(zoomFromScaleEvent(1.234567, undefined)).toBe(1.2346);
    expect(zoomFromScaleEvent(2, 'auto')).toBe(2);
    expect(scalePercent(1.254)).toBe(125);
  });

  it('turns Ctrl+wheel deltas into whole steps, carrying the rest', () => {
    expect(wheelZoomSteps(0, -100, 0)).toEqual({ steps: 1, rest: 0 });
    expect(wheelZoomSteps(0, 100, 0)).toEqual({ steps: -1, rest: 0 });
    const first = wheelZoomSteps(0, -40, 0);
    expect(first).toEqual({ steps: 0, rest: 40 });
    const second = wheelZoomSteps(first.rest, -70, 0);
    expect(second).toEqual({ steps: 1, rest: 10 });
    // Line or page deltas (a mouse on some systems) are one notch each.
    expect(wheelZoomSteps(0, 3, 1)).toEqual({ steps: -1, rest: 0 });
    expect(wheelZoomSteps(0, -250, 0)).toEqual({ steps: 2, rest: 50 });
  });
});
