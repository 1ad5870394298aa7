import { Empty, Tabs, Tooltip } from 'antd';
import { memo, useCallback, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDocument } from '../../../../../shared/domain/document.ts';
import { DocumentPane, type DocumentPaneHandle, type ReaderKeywords, type ReaderTarget } from './document-pane.tsx';
import type { PdfSelection } from '../pdfjs/pdf-selection.ts';
import type { SidebarView } from './reader-sidebar.tsx';
import { useKeywordSearch } from './use-keyword-search.ts';
import './reader.css';
import { documentFileName, documentTitle } from '../model/document-name.ts';

/** Text selected in one of the submission's documents. */
export interface DocumentSelection extends PdfSelection {
  readonly documentId: string;
}

/** Where the expert is reading: the document, the page, and the text selected there ('' for none). */
export interface ReaderLocation {
  readonly documentId: string;
  readonly page: number;
  readonly text: string;
}

/** What the reader's host can ask of it (e.g. the scoring form citing a page or jumping to cited evidence). */
export interface DocumentReaderHandle {
  /** Switches to the document and shows the page, highlighting `quote` when given. */
  show(target: ReaderTarget): void;
  /** The selected text and its page, else the page being read; null before a document is laid out. */
  location(): ReaderLocation | null;
}

/** Props of DocumentReader. */
export interface DocumentReaderProps {
  readonly reviewId: string;
  readonly submissionId: string;
  readonly documents: readonly SubmissionDocument[];
  readonly activeDocumentId: string | null;
  readonly onActiveDocumentChange: (documentId: string) => void;
  readonly onSelectionChange?: (selection: DocumentSelection | null) => void;
  /** Page to open the active document at, instead of where the expert left it. */
  readonly initialPage?: number;
  /** Keywords to look for in the open document (the focused criterion's), or null. */
  readonly keywords?: ReaderKeywords | null;
  /** Each page the expert comes to in a document. */
  readonly onPageChange?: (documentId: string, page: number) => void;
  readonly ref?: Ref<DocumentReaderHandle>;
}

const noWords: readonly string[] = [];

/**
 * The expert's reader for one submission: a tab per document and the open document below. Only
 * the active document is loaded; each remembers its page, zoom and rotation. Memoised: the host's
 * other state (a score typed beside it) does not re-render the reader.
 */
export const DocumentReader = memo(function DocumentReader(props: DocumentReaderProps) {
  const { reviewId, submissionId, documents, activeDocumentId, onActiveDocumentChange, onSelectionChange, initialPage, keywords = null, onPageChange, ref } = props;
  const { t } = useTranslation();
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [sidebarView, setSidebarView] = useState<SidebarView | null>(null);
  const pane = useRef<DocumentPaneHandle>(null);
  const keywordSearch = useKeywordSearch(reviewId, submissionId, keywords?.words ?? noWords);
  const active = documents.find((document) => document.id === activeDocumentId) ?? documents[0] ?? null;
  const [target, setTarget] = useState<ReaderTarget | null>(() => (initialPage && active ? { documentId: active.id, page: initialPage } : null));

  const show = useCallback(
    (next: ReaderTarget) => {
      setTarget(next);
      if (next.documentId !== active?.id) onActiveDocumentChange(next.documentId);
    },
    [active, onActiveDocumentChange],
  );
  useImperativeHandle(
    ref,
    () => ({
      show,
      location() {
        const selection = pane.current?.selection() ?? null;
        const page = selection?.page ?? pane.current?.page() ?? null;
        return active && page !== null ? { documentId: active.id, page, text: selection?.text ?? '' } : null;
      },
    }),
    [active, show],
  );
  const onPanePage = useCallback((page: number) => active && onPageChange?.(active.id, page), [active, onPageChange]);
  const onTargetShown = useCallback(() => setTarget(null), []);
  const onPaneSelection = useCallback(
    (selection: PdfSelection | null) => active && onSelectionChange?.(selection ? { ...selection, documentId: active.id } : null),
    [active, onSelectionChange],
  );

  if (!active) return <Empty className="ps-reader-empty" description={t('reader.noDocuments')} />;
  return (
    <section className="ps-reader" aria-label={t('reader.documents')} data-review-id={reviewId} data-submission-id={submissionId}>
      <Tabs
        className="ps-reader-tabs"
        size="small"
        activeKey={active.id}
        onChange={onActiveDocumentChange}
        items={documents.map((document) => ({
          key: document.id,
          label: (
            <Tooltip title={documentFileName(document, t('reader.untitledDocument'))} mouseEnterDelay={0.6}>
              <span data-testid="reader-tab">{documentTitle(document, t('reader.untitledDocument'))}</span>
            </Tooltip>
          ),
        }))}
      />
      <DocumentPane
        key={`${submissionId}/${active.id}`}
        document={active}
        target={target?.documentId === active.id ? target : null}
        onTargetShown={onTargetShown}
        sidebarOpen={sidebarOpen}
        onToggleSidebar={() => setSidebarOpen((open) => !open)}
        sidebarView={sidebarView}
        onSidebarViewChange={setSidebarView}
        keywords={keywords}
        keywordSearch={keywordSearch}
        documents={documents}
        onShowHit={show}
        onSelectionChange={onPaneSelection}
        onPageChange={onPanePage}
        ref={pane}
      />
    </section>
  );
});
