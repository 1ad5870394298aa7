import type { PDFDocumentProxy } from 'pdfjs-dist';
import { createPdfViewer, type PdfViewerParts } from './create-pdf-viewer.ts';
import { findEvent, type FindRequest } from '../model/find-status.ts';
import { loadPdfDocument, type PasswordRequest } from './load-pdf-document.ts';
import type { OutlineNode } from '../model/outline-tree.ts';
import { copyCleanSelection, selectionInContainer, type PdfSelection } from './pdf-selection.ts';
import type { ViewerEvent } from '../model/pdf-view-status.ts';
import { defaultLoadTuning, type LoadTuning } from './pdfjs-assets.ts';
import { quoteQueries } from '../model/quote-text.ts';
import { renderThumbnail } from './render-thumbnail.ts';
import { readOutline } from './resolve-outline.ts';
import { clampPage, normalizeRotation, type ReaderView } from '../model/view-state.ts';
import { attachViewerEvents } from './viewer-events.ts';
import { toPdfjsScaleValue, zoomInFrom, zoomOutFrom, type ZoomValue } from '../model/zoom.ts';

/** What a session needs from its host. */
export interface PdfViewSessionOptions {
  readonly container: HTMLDivElement;
  readonly url: string;
  /** The page's base URL, against which the document and pdf.js's assets resolve. */
  readonly baseUrl: string;
  readonly tuning?: LoadTuning;
  /** Read when the pages are laid out: where to open. */
  readonly initialView: () => ReaderView;
  readonly emit: (event: ViewerEvent) => void;
  readonly onPasswordRequest: (request: PasswordRequest) => void;
  readonly onSelection: () => void;
  readonly onPageRendered?: (page: number) => void;
}

/** One document open in one container: pdf.js's viewer plus the reader's commands on it. */
export interface PdfViewSession {
  readonly parts: PdfViewerParts;
  goToPage(page: number): void;
  setZoom(zoom: ZoomValue): void;
  /** Steps the zoom (+1 in, -1 out), keeping the point under `origin` (client pixels) in place. */
  stepZoom(steps: number, origin?: readonly [number, number]): void;
  rotate(delta: number): void;
  find(query: string, request?: FindRequest): void;
  closeFind(): void;
  highlightQuote(page: number, text: string): void;
  selection(): PdfSelection | null;
  goToOutline(node: OutlineNode): void;
  thumbnail(page: number, width: number): Promise<{ blob: Blob | null; aspect: number } | null>;
  dispose(): void;
}

/** Opens `url` in `container` with pdf.js's PDFViewer and reports what happens through `emit`. */
export function openPdfViewSession(options: PdfViewSessionOptions): PdfViewSession {
  const { container, emit } = options;
  const parts = createPdfViewer(container);
  const { eventBus, viewer, linkService } = parts;
  let pdf: PDFDocumentProxy | null = null;
  let disposed = false;
  // Openings of a quote still to try if the current one is not found (see quoteQueries).
  let quoteFallbacks: string[] = [];

  const detachEvents = attachViewerEvents({
    parts,
    container,
    emit,
    onPagesInit() {
      const view = options.initialView();
      viewer.pagesRotation = view.rotation;
      viewer.currentScaleValue = toPdfjsScaleValue(view.zoom);
      if (view.page > 1) viewer.currentPageNumber = clampPage(view.page, viewer.pagesCount);
      emit({ type: 'laid-out' });
    },
    onFindNotFound() {
      const next = quoteFallbacks.shift();
      if (next) eventBus.dispatch('find', { source: null, ...findEvent(next) });
    },
    onFindFound() {
      quoteFallbacks = [];
    },
    onWheelSteps: (steps, origin) => session.stepZoom(steps, origin),
    onSelection: options.onSelection,
    ...(options.onPageRendered ? { onPageRendered: options.onPageRendered } : {}),
  });
  const onCopy = (event: ClipboardEvent) => copyCleanSelection(container, event);
  container.addEventListener('copy', onCopy, { capture: true });

  const loading = loadPdfDocument(options.url, options.baseUrl, options.tuning ?? defaultLoadTuning, {
    emit,
    onPasswordRequest: options.onPasswordRequest,
    onLoaded(loaded) {
      pdf = loaded;
      viewer.setDocument(loaded);
      linkService.setDocument(loaded, null);
      emit({ type: 'loaded', pagesCount: loaded.numPages });
      void readOutline(loaded)
        .catch(() => [])
        .then((outline) => !disposed && emit({ type: 'outline', outline }));
    },
  });

  const session: PdfViewSession = {
    parts,
    goToPage(page) {
      if (pdf) viewer.currentPageNumber = clampPage(page, viewer.pagesCount);
    },
    setZoom(zoom) {
      if (pdf) viewer.currentScaleValue = toPdfjsScaleValue(zoom);
    },
    stepZoom(steps, origin) {
      if (!pdf || steps === 0) return;
      let target = viewer.currentScale;
      for (let i = 0; i < Math.abs(steps); i++) target = steps > 0 ? zoomInFrom(target) : zoomOutFrom(target);
      if (origin) viewer.updateScale({ scaleFactor: target / viewer.currentScale, origin: [...origin], drawingDelay: 400 });
      else viewer.currentScaleValue = String(target);
    },
    rotate(delta) {
      if (pdf) viewer.pagesRotation = normalizeRotation(viewer.pagesRotation + delta);
    },
    find(query, request) {
      quoteFallbacks = [];
      eventBus.dispatch('find', { source: null, ...findEvent(query, request) });
    },
    closeFind() {
      quoteFallbacks = [];
      eventBus.dispatch('findbarclose', { source: null });
      emit({ type: 'find-closed' });
    },
    highlightQuote(page, text) {
      const [first, ...rest] = quoteQueries(text);
      session.goToPage(page);
      if (!first) return;
      quoteFallbacks = rest;
      // 'again' skips the find controller's typing delay; a new query always restarts the search.
      eventBus.dispatch('find', { source: null, ...findEvent(first, { again: true }) });
    },
    selection: () => selectionInContainer(container),
    goToOutline(node) {
      if (node.dest !== null) void linkService.goToDestination(node.dest as string | unknown[]);
      else if (node.page !== null) session.goToPage(node.page);
    },
    async thumbnail(page, width) {
      if (!pdf) return null;
      const { page: pdfPage, blob, aspect } = await renderThumbnail(pdf, page, width, viewer.pagesRotation, window.devicePixelRatio || 1);
      // Lets the viewer release the page's resources if it is not showing it (as pdf.js's own thumbnails do).
      if (!disposed) eventBus.dispatch('thumbnailrendered', { source: null, pageNumber: page, pdfPage });
      return { blob, aspect };
    },
    dispose() {
      disposed = true;
      quoteFallbacks = [];
      detachEvents();
      container.removeEventListener('copy', onCopy, { capture: true });
      parts.dispose();
      loading.close();
      pdf = null;
    },
  };
  return session;
}
