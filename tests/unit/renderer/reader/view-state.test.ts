import { describe, expect, it } from 'vitest';
import { viewStateSchema } from '../../../../shared/domain/document.ts';
import {
  clampPage,
  defaultReaderView,
  fromViewState,
  normalizeRotation,
  parsePageInput,
  rotateBy,
  sameView,
  toViewState,
} from '../../../../renderer/src/features/reader/model/view-state.ts';

describe('reader view state', () => {
  it('normalises rotations to quarter turns and rotates both ways', () => {
    expect(normalizeRotation(450)).toBe(90);
    expect(normalizeRotation(-90)).toBe(270);
    expect(normalizeRotation(45)).toBe(0);
    expect(rotateBy(270, 90)).toBe(0);
    expect(rotateBy(0, -90)).toBe(270);
  });

  it('keeps pages inside the document and reads the page box', () => {
    expect(clampPage(0, 7)).toBe(1);
    expect(clampPage(99, 7)).toBe(7);
    expect(clampPage(3.7, 7)).toBe(3);
    expect(clampPage(5, 0)).toBe(1);
    expect(parsePageInput(' 5 ', 7)).toBe(5);
    expect(parsePageInput('５', 7)).toBe(5);
    expect(parsePageInput('8', 7)).toBeNull();
    expect(parsePageInput('0', 7)).toBeNull();
    expect(parsePageInput('2a', 7)).toBeNull();
    expect(parsePageInput('', 7)).toBeNull();
  });

  it('stores views in the shape the API accepts and reads them back', () => {
    for (const view of [defaultReaderView, { page: 4, zoom: 1.5, rotation: 180 }, { page: 2, zoom: 'page-fit', rotation: 90 }, { page: 3, zoom: 1.234567, rotation: 0 }] as const) {
      const stored = toViewState(view);
      expect(viewStateSchema.safeParse(stored).success).toBe(true);
      expect(sameView(fromViewState(stored), view)).toBe(true);
    }
    expect(toViewState({ page: 4, zoom: 1.5, rotation: 180 })).toEqual({ page: 4, zoom: '1.5', rotation: 180 });
  });

  it('opens documents without a saved view at page 1, fitted to the width, and maps zooms the reader does not offer', () => {
    expect(fromViewState(null)).toEqual(defaultReaderView);
    expect(fromViewState({ page: 2, zoom: 'page-actual', rotation: 0 })).toEqual({ page: 2, zoom: 1, rotation: 0 });
    expect(fromViewState({ page: 2, zoom: 'auto', rotation: 270 })).toEqual({ page: 2, zoom: 'page-width', rotation: 270 });
  });

  it('tells views apart by what would be stored', () => {
    expect(sameView({ page: 1, zoom: 1.00001, rotation: 0 }, { page: 1, zoom: 1, rotation: 0 })).toBe(true);
    expect(sameView({ page: 1, zoom: 1, rotation: 0 }, { page: 2, zoom: 1, rotation: 0 })).toBe(false);
    expect(sameView({ page: 1, zoom: 'page-fit', rotation: 0 }, { page: 1, zoom: 'page-width', rotation: 0 })).toBe(false);
  });
});
