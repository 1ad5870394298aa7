import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutlinePanel } from './outline-panel.tsx';
import type { OutlineNode } from './outline-tree.ts';
import type { PdfViewStatus } from './pdf-view-status.ts';
import { ThumbnailList, type RenderThumbnail } from './thumbnail-list.tsx';

/** Props of ReaderSidebar. */
export interface ReaderSidebarProps {
  readonly status: PdfViewStatus;
  readonly renderThumbnail: RenderThumbnail;
  onOutline(node: OutlineNode): void;
  onPage(page: number): void;
}

/** The sidebar: the document's outline, or its page thumbnails (the outline first when there is one). */
export function ReaderSidebar({ status, renderThumbnail, onOutline, onPage }: ReaderSidebarProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<'outline' | 'thumbnails' | null>(null);
  const view = chosen ?? (status.outline !== null && status.outline.length === 0 ? 'thumbnails' : 'outline');
  return (
    <aside className="ps-reader-sidebar" data-testid="reader-sidebar">
      <Segmented
        block
        size="small"
        value={view}
        onChange={(value) => setChosen(value as 'outline' | 'thumbnails')}
        options={[
          { value: 'outline', label: t('reader.outline') },
          { value: 'thumbnails', label: t('reader.thumbnails') },
        ]}
      />
      <div className="ps-reader-sidebar-body">
        {view === 'outline' ? (
          <OutlinePanel outline={status.outline} page={status.page} onSelect={onOutline} />
        ) : (
          <ThumbnailList pagesCount={status.pagesCount} page={status.page} renderKey={String(status.rotation)} render={renderThumbnail} onSelect={onPage} />
        )}
      </div>
    </aside>
  );
}
