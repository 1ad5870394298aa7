import type { PdfViewerParts } from './create-pdf-viewer.ts';
import type { FindControlEvent } from '../model/find-status.ts';
import type { ViewerEvent } from '../model/pdf-view-status.ts';
import { normalizeRotation } from '../model/view-state.ts';
import { wheelZoomSteps, zoomFromScaleEvent } from '../model/zoom.ts';

/** What the session does when the viewer or the user does something. */
export interface ViewerEventHandlers {
  readonly parts: PdfViewerParts;
  readonly container: HTMLDivElement;
  readonly emit: (event: ViewerEvent) => void;
  readonly onPagesInit: () => void;
  readonly onFindFound: () => void;
  readonly onFindNotFound: () => void;
  readonly onWheelSteps: (steps: number, origin: readonly [number, number]) => void;
  readonly onSelection: () => void;
  readonly onPageRendered?: (page: number) => void;
}

const findStateFound = 0;
const findStateNotFound = 1;

/** Subscribes to pdf.js's events, Ctrl+wheel, container resizes and selection changes; returns the detach function. */
export function attachViewerEvents(handlers: ViewerEventHandlers): () => void {
  const { parts, container, emit } = handlers;
  const { eventBus, viewer } = parts;
  const abort = new AbortController();
  const on = (name: string, listener: (event: never) => void) => eventBus.on(name, listener, { signal: abort.signal });

  on('pagesinit', handlers.onPagesInit);
  on('pagechanging', (event: { pageNumber: number }) => emit({ type: 'page', page: event.pageNumber }));
  on('scalechanging', (event: { scale: number; presetValue?: string }) =>
    emit({ type: 'scale', zoom: zoomFromScaleEvent(event.scale, event.presetValue), scale: event.scale }),
  );
  on('rotationchanging', (event: { pagesRotation: number }) => emit({ type: 'rotation', rotation: normalizeRotation(event.pagesRotation) }));
  on('updatefindcontrolstate', (event: FindControlEvent) => {
    emit({ type: 'find-state', event });
    if (event.state === findStateNotFound) handlers.onFindNotFound();
    else if (event.state === findStateFound && (event.matchesCount?.total ?? 0) > 0) handlers.onFindFound();
  });
  on('updatefindmatchescount', (event: { matchesCount: { current: number; total: number } }) =>
    emit({ type: 'find-count', current: event.matchesCount.current, total: event.matchesCount.total }),
  );
  if (handlers.onPageRendered) {
    const onPageRendered = handlers.onPageRendered;
    on('pagerendered', (event: { pageNumber: number; cssTransform?: boolean; isDetailView?: boolean }) => {
      if (!event.cssTransform && !event.isDetailView) onPageRendered(event.pageNumber);
    });
  }

  // Ctrl+wheel zooms the document around the pointer instead of the whole page.
  let wheelRest = 0;
  container.addEventListener(
    'wheel',
    (event) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      const { steps, rest } = wheelZoomSteps(wheelRest, event.deltaY, event.deltaMode);
      wheelRest = rest;
      if (steps !== 0) handlers.onWheelSteps(steps, [event.clientX, event.clientY]);
    },
    { passive: false, signal: abort.signal },
  );

  // A fitted zoom is fitted again when the container changes size (sidebar toggled, window resized).
  let frame = 0;
  const resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const value = viewer.currentScaleValue;
      if (viewer.pdfDocument && (value === 'page-width' || value === 'page-fit')) viewer.currentScaleValue = value;
    });
  });
  resizeObserver.observe(container);

  container.ownerDocument.addEventListener('selectionchange', handlers.onSelection, { signal: abort.signal });
  return () => {
    abort.abort();
    resizeObserver.disconnect();
    cancelAnimationFrame(frame);
  };
}
