import { Spin } from 'antd';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { documentUrl, type SubmissionDocument } from '../../../../../shared/domain/document.ts';
import { FindBar } from './find-bar.tsx';
import { KeywordBar } from './keyword-bar.tsx';
import { LoadErrorPanel } from './load-error-panel.tsx';
import { PasswordPrompt } from './password-prompt.tsx';
import type { PdfSelection } from '../pdfjs/pdf-selection.ts';
import type { PasswordRequest } from '../pdfjs/load-pdf-document.ts';
import { loadingStatus, type PdfViewStatus } from '../model/pdf-view-status.ts';
import { PdfView, type PdfViewHandle } from './pdf-view.tsx';
import type { ReaderCommand } from '../model/reader-keys.ts';
import { ReaderSidebar, type SidebarView } from './reader-sidebar.tsx';
import { ReaderToolbar } from './reader-toolbar.tsx';
import type { KeywordSearchState } from './use-keyword-search.ts';
import { useReaderShortcuts } from './use-reader-shortcuts.ts';
import { useSavedView } from './use-saved-view.ts';
import { documentFileName } from '../model/document-name.ts';

/** A place to show in a document: a page, optionally with a quoted passage to highlight. */
export interface ReaderTarget {
  readonly documentId: string;
  readonly page: number;
  readonly quote?: string;
}

/** Words to look for in the documents, and what they belong to (a criterion of the rubric). */
export interface ReaderKeywords {
  readonly label: string;
  readonly words: readonly string[];
}

/** What the reader asks of its open document. */
export interface DocumentPaneHandle {
  /** The page being read, or null before the document is laid out. */
  page(): number | null;
  /** Text selected in the pages right now. */
  selection(): PdfSelection | null;
}

/** Props of DocumentPane. */
export interface DocumentPaneProps {
  readonly document: SubmissionDocument;
  /** Where to go once the pages are laid out (from `initialPage` or the reader's handle). */
  readonly target: ReaderTarget | null;
  readonly onTargetShown: () => void;
  readonly sidebarOpen: boolean;
  readonly onToggleSidebar: () => void;
  readonly sidebarView: SidebarView | null;
  readonly onSidebarViewChange: (view: SidebarView) => void;
  readonly keywords: ReaderKeywords | null;
  /** The keywords' search over all the application's documents (the strip and the sidebar list show it). */
  readonly keywordSearch: KeywordSearchState;
  /** All the application's documents (titles for the hit list). */
  readonly documents: readonly SubmissionDocument[];
  /** Shows a keyword hit, in this document or another. */
  readonly onShowHit: (target: ReaderTarget) => void;
  readonly onSelectionChange?: (selection: PdfSelection | null) => void;
  /** Each page that becomes the current one once the pages are laid out (the expert has seen it). */
  readonly onPageChange?: (page: number) => void;
  readonly ref?: Ref<DocumentPaneHandle>;
}

/** One open document: toolbar, find bar, keyword strip, sidebar, the pages, and its password prompt or error panel. */
export function DocumentPane(props: DocumentPaneProps) {
  const { document, target, onTargetShown, sidebarOpen, onToggleSidebar, sidebarView, onSidebarViewChange, keywords, keywordSearch, documents, onShowHit, onSelectionChange, onPageChange, ref } = props;
  const { t } = useTranslation();
  const { initialView, remember } = useSavedView(document.id);
  const view = useRef<PdfViewHandle>(null);
  const root = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<PdfViewStatus>(loadingStatus);
  const [passwordRequest, setPasswordRequest] = useState<PasswordRequest | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [focusToken, setFocusToken] = useState(0);

  const lastPage = useRef<number | null>(null);
  const onStatus = useCallback(
    (next: PdfViewStatus) => {
      setStatus(next);
      if (next.phase !== 'ready' || !next.laidOut) return;
      remember({ page: next.page, zoom: next.zoom, rotation: next.rotation });
      if (lastPage.current !== next.page) {
        lastPage.current = next.page;
        onPageChange?.(next.page);
      }
    },
    [remember, onPageChange],
  );
  useImperativeHandle(
    ref,
    () => ({
      page: () => lastPage.current,
      selection: () => view.current?.getSelection() ?? null,
    }),
    [],
  );

  useEffect(() => {
    if (!target || !status.laidOut) return;
    if (target.quote) view.current?.highlightQuote(target.page, target.quote);
    else view.current?.goToPage(target.page);
    onTargetShown();
  }, [target, status.laidOut, onTargetShown]);

  const openFind = () => {
    setFindOpen(true);
    setFocusToken((n) => n + 1);
  };
  const findKeyword = (keyword: string) => {
    setFindOpen(true);
    setQuery(keyword);
    view.current?.find(keyword);
  };
  const findAgain = (previous: boolean) => {
    if (query) view.current?.find(query, { again: true, previous });
    else openFind();
  };
  const run = (command: ReaderCommand) => {
    if (status.phase !== 'ready') return;
    switch (command) {
      case 'find-open':
        return openFind();
      case 'find-next':
        return findAgain(false);
      case 'find-previous':
        return findAgain(true);
      case 'find-close':
        view.current?.closeFind();
        setFindOpen(false);
        return root.current?.querySelector<HTMLElement>('[data-testid="pdf-container"]')?.focus();
      case 'zoom-in':
        return view.current?.stepZoom(1);
      case 'zoom-out':
        return view.current?.stepZoom(-1);
      case 'zoom-reset':
        return view.current?.setZoom('page-width');
      case 'rotate-clockwise':
        return view.current?.rotate(90);
      case 'rotate-anticlockwise':
        return view.current?.rotate(-90);
    }
  };
  useReaderShortcuts(root, findOpen, run);
  const renderThumbnail = useCallback((page: number, width: number) => view.current?.thumbnail(page, width) ?? Promise.resolve(null), []);

  return (
    <div className="ps-document-pane" ref={root} data-testid="reader-pane" data-document-id={document.id} data-phase={status.phase}>
      <ReaderToolbar
        status={status}
        sidebarOpen={sidebarOpen}
        actions={{
          goToPage: (page) => view.current?.goToPage(page),
          setZoom: (zoom) => view.current?.setZoom(zoom),
          stepZoom: (steps) => view.current?.stepZoom(steps),
          rotate: (delta) => view.current?.rotate(delta),
          toggleSidebar: onToggleSidebar,
          openFind,
        }}
      />
      {findOpen && status.phase === 'ready' && (
        <FindBar
          query={query}
          status={status.find}
          focusToken={focusToken}
          onQueryChange={(next) => {
            setQuery(next);
            if (next) view.current?.find(next);
            else view.current?.closeFind();
          }}
          onFind={findAgain}
          onClose={() => run('find-close')}
        />
      )}
      {keywords && (
        <KeywordBar
          label={keywords.label}
          search={keywordSearch.search}
          error={keywordSearch.error}
          documents={documents}
          onFindKeyword={findKeyword}
          onShowList={() => {
            onSidebarViewChange('hits');
            if (!sidebarOpen) onToggleSidebar();
          }}
        />
      )}
      <div className="ps-reader-body">
        {sidebarOpen && status.phase === 'ready' && (
          <ReaderSidebar
            status={status}
            view={sidebarView}
            search={keywordSearch.search}
            documents={documents}
            documentId={document.id}
            renderThumbnail={renderThumbnail}
            onViewChange={onSidebarViewChange}
            onOutline={(node) => view.current?.goToOutline(node)}
            onPage={(page) => view.current?.goToPage(page)}
            onHit={(documentId, hit) => onShowHit({ documentId, page: hit.page, quote: hit.keywords[0]?.keyword ?? '' })}
          />
        )}
        <div className="ps-reader-stage">
          {initialView && (
            <PdfView
              ref={view}
              url={documentUrl(document.id)}
              initialView={initialView}
              onStatus={onStatus}
              onPasswordRequest={setPasswordRequest}
              {...(onSelectionChange ? { onSelectionChange } : {})}
            />
          )}
          {(status.phase === 'loading' || !initialView) && (
            <div className="ps-reader-overlay">
              <Spin description={t('reader.loading')}>
                <div className="ps-reader-spin-space" />
              </Spin>
            </div>
          )}
          {status.phase === 'error' && status.error && (
            <LoadErrorPanel fileName={documentFileName(document, t('reader.untitledDocument'))} failure={status.error} onRetry={() => view.current?.reload()} />
          )}
        </div>
      </div>
      <PasswordPrompt fileName={documentFileName(document, t('reader.untitledDocument'))} request={passwordRequest} onDone={() => setPasswordRequest(null)} />
    </div>
  );
}
