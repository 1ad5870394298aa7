import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentSearch, PageHits } from '../../../../../shared/domain/document-search.ts';
import type { SubmissionDocument } from '../../../../../shared/domain/document.ts';
import { KeywordHitsPanel } from './keyword-hits-panel.tsx';
import { OutlinePanel } from './outline-panel.tsx';
import type { OutlineNode } from '../model/outline-tree.ts';
import type { PdfViewStatus } from '../model/pdf-view-status.ts';
import { ThumbnailList, type RenderThumbnail } from './thumbnail-list.tsx';

/** What the sidebar shows. */
export type SidebarView = 'outline' | 'thumbnails' | 'hits';

/** Props of ReaderSidebar. */
export interface ReaderSidebarProps {
  readonly status: PdfViewStatus;
  /** The view the user chose; null shows the outline, or the thumbnails when there is no outline. */
  readonly view: SidebarView | null;
  /** The focused criterion's keyword search over the application's documents, or null. */
  readonly search: DocumentSearch | null;
  readonly documents: readonly SubmissionDocument[];
  readonly documentId: string;
  readonly renderThumbnail: RenderThumbnail;
  onViewChange(view: SidebarView): void;
  onOutline(node: OutlineNode): void;
  onPage(page: number): void;
  onHit(documentId: string, hit: PageHits): void;
}

/** The sidebar: the document's outline, its page thumbnails, or the rubric keywords' hits by page. */
export function ReaderSidebar({ status, view: chosen, search, documents, documentId, renderThumbnail, onViewChange, onOutline, onPage, onHit }: ReaderSidebarProps) {
  const { t } = useTranslation();
  const view = chosen ?? (status.outline !== null && status.outline.length === 0 ? 'thumbnails' : 'outline');
  return (
    <aside className="ps-reader-sidebar" data-testid="reader-sidebar">
      <Segmented
        block
        size="small"
        value={view}
        onChange={(value) => onViewChange(value as SidebarView)}
        options={[
          { value: 'outline', label: t('reader.outline') },
          { value: 'thumbnails', label: t('reader.thumbnails') },
          { value: 'hits', label: t('reader.hits') },
        ]}
      />
      <div className="ps-reader-sidebar-body">
        {view === 'outline' && <OutlinePanel outline={status.outline} page={status.page} onSelect={onOutline} />}
        {view === 'thumbnails' && (
          <ThumbnailList pagesCount={status.pagesCount} page={status.page} renderKey={String(status.rotation)} render={renderThumbnail} onSelect={onPage} />
        )}
        {view === 'hits' && <KeywordHitsPanel search={search} documents={documents} activeDocumentId={documentId} page={status.page} onSelect={onHit} />}
      </div>
    </aside>
  );
}
