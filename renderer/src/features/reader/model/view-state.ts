import type { ViewState } from '../../../../../shared/domain/document.ts';
import { parseZoomValue, type ZoomValue } from './zoom.ts';

/** A page rotation in degrees, clockwise. */
export type Rotation = ViewState['rotation'];

/** Where the reader is in a document, in the reader's own terms. */
export interface ReaderView {
  readonly page: number;
  readonly zoom: ZoomValue;
  readonly rotation: Rotation;
}

/** A document opens at its first page, fitted to the width, unrotated. */
export const defaultReaderView: ReaderView = { page: 1, zoom: 'page-width', rotation: 0 };

/** Any multiple of 90 degrees brought into 0, 90, 180, 270 (anything else is 0). */
export function normalizeRotation(degrees: number): Rotation {
  if (!Number.isInteger(degrees) || degrees % 90 !== 0) return 0;
  return (((degrees % 360) + 360) % 360) as Rotation;
}

/** Turns the pages by `delta` degrees (90 clockwise, -90 anticlockwise). */
export function rotateBy(rotation: Rotation, delta: number): Rotation {
  return normalizeRotation(rotation + delta);
}

/** Keeps a page number inside the document (1 when the count is not known yet). */
export function clampPage(page: number, pagesCount: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.trunc(page)), Math.max(1, pagesCount));
}

/** The page typed into the page box, or null when it is not a page of this document. */
export function parsePageInput(text: string, pagesCount: number): number | null {
  const trimmed = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const page = Number(trimmed);
  return page >= 1 && page <= pagesCount ? page : null;
}

/** The stored form of a view (documents:save-view-state): numeric zooms as a short decimal string. */
export function toViewState(view: ReaderView): ViewState {
  const zoom = typeof view.zoom === 'number' ? String(Math.round(Math.min(Math.max(view.zoom, 0.01), 99) * 10_000) / 10_000) : view.zoom;
  return { page: clampPage(view.page, 100_000), zoom, rotation: view.rotation };
}

/** The reader's view from a stored one; 'auto' and 'page-actual', which the reader does not offer, become the closest it does. */
export function fromViewState(state: ViewState | null | undefined): ReaderView {
  if (!state) return defaultReaderView;
  const zoom = state.zoom === 'page-actual' ? 1 : state.zoom === 'auto' ? 'page-width' : parseZoomValue(state.zoom);
  return { page: state.page, zoom, rotation: normalizeRotation(state.rotation) };
}

/** True when two views would be stored the same way (nothing to save). */
export function sameView(a: ReaderView, b: ReaderView): boolean {
  const x = toViewState(a);
  const y = toViewState(b);
  return x.page === y.page && x.zoom === y.zoom && x.rotation === y.rotation;
}
