import { applyFindControlState, applyMatchesCount, idleFind, type FindControlEvent, type FindStatus } from './find-status.ts';
import type { LoadFailure } from './load-error.ts';
import type { OutlineNode } from './outline-tree.ts';
import type { Rotation } from './view-state.ts';
import type { ZoomValue } from './zoom.ts';

/** Everything a PdfView reports about its document, in one value its host can render from. */
export interface PdfViewStatus {
  readonly phase: 'loading' | 'password' | 'ready' | 'error';
  /** True when pdf.js asked again after a wrong password. */
  readonly passwordIncorrect: boolean;
  readonly pagesCount: number;
  /** True once the pages are laid out at the initial view: page, zoom and rotation are the user's from here. */
  readonly laidOut: boolean;
  readonly page: number;
  readonly zoom: ZoomValue;
  /** The scale in effect (for presets, what fitting worked out to). */
  readonly scale: number;
  readonly rotation: Rotation;
  readonly find: FindStatus;
  /** Null until read; empty when the document has no outline. */
  readonly outline: readonly OutlineNode[] | null;
  readonly error: LoadFailure | null;
}

/** A document being opened. */
export const loadingStatus: PdfViewStatus = {
  phase: 'loading',
  passwordIncorrect: false,
  pagesCount: 0,
  laidOut: false,
  page: 1,
  zoom: 'page-width',
  scale: 1,
  rotation: 0,
  find: idleFind,
  outline: null,
  error: null,
};

/** What happened in the viewer, as PdfView feeds it to `applyViewerEvent`. */
export type ViewerEvent =
  | { readonly type: 'loading' }
  | { readonly type: 'password'; readonly incorrect: boolean }
  | { readonly type: 'loaded'; readonly pagesCount: number }
  | { readonly type: 'laid-out' }
  | { readonly type: 'page'; readonly page: number }
  | { readonly type: 'scale'; readonly zoom: ZoomValue; readonly scale: number }
  | { readonly type: 'rotation'; readonly rotation: Rotation }
  | { readonly type: 'find-state'; readonly event: FindControlEvent }
  | { readonly type: 'find-count'; readonly current: number; readonly total: number }
  | { readonly type: 'find-closed' }
  | { readonly type: 'outline'; readonly outline: readonly OutlineNode[] }
  | { readonly type: 'error'; readonly error: LoadFailure };

/** The status after one viewer event: old status + event → new status. */
export function applyViewerEvent(status: PdfViewStatus, event: ViewerEvent): PdfViewStatus {
  switch (event.type) {
    case 'loading':
      return { ...status, phase: 'loading', error: null };
    case 'password':
      return { ...status, phase: 'password', passwordIncorrect: event.incorrect };
    case 'loaded':
      return { ...status, phase: 'ready', passwordIncorrect: false, pagesCount: event.pagesCount, error: null };
    case 'laid-out':
      return { ...status, laidOut: true };
    case 'page':
      return { ...status, page: event.page };
    case 'scale':
      return { ...status, zoom: event.zoom, scale: event.scale };
    case 'rotation':
      return { ...status, rotation: event.rotation };
    case 'find-state':
      return { ...status, find: applyFindControlState(status.find, event.event) };
    case 'find-count':
      return { ...status, find: applyMatchesCount(status.find, { current: event.current, total: event.total }) };
    case 'find-closed':
      return { ...status, find: idleFind };
    case 'outline':
      return { ...status, outline: event.outline };
    case 'error':
      // A cancelled password prompt stays what it is when the destroyed task then rejects.
      if (status.phase === 'error' && status.error?.kind === 'password-cancelled') return status;
      return { ...status, phase: 'error', error: event.error };
    default:
      return assertNever(event);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected viewer event: ${JSON.stringify(value)}`);
}
