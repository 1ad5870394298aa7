import { Empty, Tabs, Tooltip } from 'antd';
import { useCallback, useImperativeHandle, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDocument } from '../../../shared/domain/document.ts';
import { DocumentPane, type ReaderTarget } from './document-pane.tsx';
import type { PdfSelection } from './pdf-selection.ts';
import './reader.css';

/** Text selected in one of the submission's documents. */
export interface DocumentSelection extends PdfSelection {
  readonly documentId: string;
}

/** What the reader's host can ask of it (e.g. the scoring form jumping to cited evidence). */
export interface DocumentReaderHandle {
  /** Switches to the document and shows the page, highlighting `quote` when given. */
  show(target: ReaderTarget): void;
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
  readonly ref?: Ref<DocumentReaderHandle>;
}

/**
 * The expert's reader for one submission: a tab per document and the open document below. Only
 * the active document is loaded; each remembers its page, zoom and rotation.
 */
export function DocumentReader(props: DocumentReaderProps) {
  const { reviewId, submissionId, documents, activeDocumentId, onActiveDocumentChange, onSelectionChange, initialPage, ref } = props;
  const { t } = useTranslation();
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const active = documents.find((document) => document.id === activeDocumentId) ?? documents[0] ?? null;
  const [target, setTarget] = useState<ReaderTarget | null>(() => (initialPage && active ? { documentId: active.id, page: initialPage } : null));

  useImperativeHandle(
    ref,
    () => ({
      show(next) {
        setTarget(next);
        if (next.documentId !== active?.id) onActiveDocumentChange(next.documentId);
      },
    }),
    [active, onActiveDocumentChange],
  );
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
            <Tooltip title={document.fileName} mouseEnterDelay={0.6}>
              <span data-testid="reader-tab">{document.title}</span>
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
        onSelectionChange={onPaneSelection}
      />
    </section>
  );
}
