import 'pdfjs-dist/web/pdf_viewer.css';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { FindRequest } from '../model/find-status.ts';
import type { OutlineNode } from '../model/outline-tree.ts';
import type { PdfSelection } from '../pdfjs/pdf-selection.ts';
import type { PasswordRequest } from '../pdfjs/load-pdf-document.ts';
import { openPdfViewSession, type PdfViewSession } from '../pdfjs/pdf-view-session.ts';
import { applyViewerEvent, loadingStatus, type PdfViewStatus, type ViewerEvent } from '../model/pdf-view-status.ts';
import type { LoadTuning } from '../pdfjs/pdfjs-assets.ts';
import { defaultReaderView, type ReaderView } from '../model/view-state.ts';
import type { ZoomValue } from '../model/zoom.ts';

/** What a PdfView's host can ask of it. */
export interface PdfViewHandle {
  goToPage(page: number): void;
  setZoom(zoom: ZoomValue): void;
  /** +1 zooms in a step, -1 out. */
  stepZoom(steps: number): void;
  rotate(delta: number): void;
  find(query: string, request?: FindRequest): void;
  closeFind(): void;
  /** Scrolls to `page` and highlights the quoted passage (the first match on or after that page). */
  highlightQuote(page: number, text: string): void;
  getSelection(): PdfSelection | null;
  goToOutline(node: OutlineNode): void;
  /** A small rendering of a page for the thumbnails, or null before the document is open. */
  thumbnail(page: number, width: number): Promise<{ blob: Blob | null; aspect: number } | null>;
  /** Opens the document again (after a cancelled password prompt). */
  reload(): void;
}

/** Props of PdfView. */
export interface PdfViewProps {
  /** The document's URL, relative to the page (`documents/<id>`). */
  readonly url: string;
  readonly initialView?: ReaderView;
  readonly tuning?: LoadTuning;
  readonly className?: string;
  readonly ref?: Ref<PdfViewHandle>;
  readonly onStatus?: (status: PdfViewStatus) => void;
  readonly onPasswordRequest?: (request: PasswordRequest) => void;
  readonly onSelectionChange?: (selection: PdfSelection | null) => void;
  readonly onPageRendered?: (page: number) => void;
}

/**
 * One PDF shown with pdf.js's own PDFViewer (only visible pages are rendered, text layer for
 * selection and search). Reloads when `url` changes and destroys the loading task and document
 * when it does or on unmount.
 */
export function PdfView(props: PdfViewProps) {
  const { url, tuning, className, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const sessionRef = useRef<PdfViewSession | null>(null);
  const latest = useRef(props);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    let status = loadingStatus;
    const emit = (event: ViewerEvent) => {
      status = applyViewerEvent(status, event);
      latest.current.onStatus?.(status);
    };
    let lastSelection = '';
    let selectionTimer = 0;
    const reportSelection = () => {
      window.clearTimeout(selectionTimer);
      selectionTimer = window.setTimeout(() => {
        const selection = sessionRef.current?.selection() ?? null;
        const key = selection ? `${selection.page}:${selection.text}` : '';
        if (key === lastSelection) return;
        lastSelection = key;
        latest.current.onSelectionChange?.(selection);
      }, 150);
    };
    latest.current.onStatus?.(status);
    const session = openPdfViewSession({
      container,
      url,
      baseUrl: document.baseURI,
      ...(tuning ? { tuning } : {}),
      initialView: () => latest.current.initialView ?? defaultReaderView,
      emit,
      onPasswordRequest: (request) => latest.current.onPasswordRequest?.(request),
      onSelection: reportSelection,
      onPageRendered: (page) => latest.current.onPageRendered?.(page),
    });
    sessionRef.current = session;
    return () => {
      window.clearTimeout(selectionTimer);
      session.dispose();
      if (sessionRef.current === session) sessionRef.current = null;
    };
  }, [url, tuning, reloads]);

  useImperativeHandle(
    ref,
    (): PdfViewHandle => ({
      goToPage: (page) => sessionRef.current?.goToPage(page),
      setZoom: (zoom) => sessionRef.current?.setZoom(zoom),
      stepZoom: (steps) => sessionRef.current?.stepZoom(steps),
      rotate: (delta) => sessionRef.current?.rotate(delta),
      find: (query, request) => sessionRef.current?.find(query, request),
      closeFind: () => sessionRef.current?.closeFind(),
      highlightQuote: (page, text) => sessionRef.current?.highlightQuote(page, text),
      getSelection: () => sessionRef.current?.selection() ?? null,
      goToOutline: (node) => sessionRef.current?.goToOutline(node),
      thumbnail: async (page, width) => (await sessionRef.current?.thumbnail(page, width)) ?? null,
      reload: () => setReloads((n) => n + 1),
    }),
    [],
  );

  return (
    <div className={['ps-pdf-frame', className].filter(Boolean).join(' ')}>
      {/* pdf.js requires an absolutely positioned scroll container whose first child is the viewer. */}
      <div ref={containerRef} className="ps-pdf-container" tabIndex={0} data-testid="pdf-container">
        <div className="pdfViewer" />
      </div>
    </div>
  );
}
