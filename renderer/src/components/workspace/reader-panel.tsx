import { Empty, Tabs } from 'antd';
import { forwardRef, useImperativeHandle } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDocument } from '../../../../shared/domain/document.ts';

/** Where the expert is in the reader: the document, the page, and any selected text. */
export interface ReaderLocation {
  readonly documentId: string;
  readonly page: number;
  readonly selection: string;
}

/** What the workspace asks of the reader. */
export interface ReaderPanelHandle {
  /** The current document, page and selection, for a citation. */
  location(): ReaderLocation | null;
  /** Opens a document at a page, highlighting a quote when given. */
  show(documentId: string, page: number, quote?: string): void;
  /** Searches the open document for words (a criterion's keywords). */
  search(words: readonly string[]): void;
}

/** The reader column of the workspace: one tab per document of the submission. */
export const ReaderPanel = forwardRef<ReaderPanelHandle, {
  documents: readonly SubmissionDocument[];
  activeDocumentId: string | null;
  onActiveDocumentChange: (id: string) => void;
  onPageVisible: (documentId: string, page: number) => void;
}>(function ReaderPanel(props, ref) {
  const { t } = useTranslation();
  useImperativeHandle(ref, () => ({
    location: () => (props.activeDocumentId ? { documentId: props.activeDocumentId, page: 1, selection: '' } : null),
    show: (documentId) => props.onActiveDocumentChange(documentId),
    search: () => {},
  }), [props]);
  if (props.documents.length === 0) return <Empty description={t('workspace.noDocuments')} />;
  return (
    <Tabs
      activeKey={props.activeDocumentId ?? undefined}
      onChange={props.onActiveDocumentChange}
      items={props.documents.map((d) => ({ key: d.id, label: d.title, children: <Empty description={d.fileName} /> }))}
    />
  );
});
