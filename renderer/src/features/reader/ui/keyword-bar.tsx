import { ExclamationCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentSearch } from '../../../../../shared/domain/document-search.ts';
import type { SubmissionDocument } from '../../../../../shared/domain/document.ts';
import { isSearchPending, keywordTotals, searchHits, searchProgress } from '../../../../../shared/search/keyword-search.ts';
import { documentTitle } from '../model/document-name.ts';

/** Props of KeywordBar. */
export interface KeywordBarProps {
  /** What the keywords belong to (the focused criterion's title). */
  readonly label: string;
  readonly search: DocumentSearch | null;
  readonly error: string | null;
  readonly documents: readonly SubmissionDocument[];
  onFindKeyword(keyword: string): void;
  onShowList(): void;
}

/**
 * The strip under the toolbar while a criterion with keywords is focused: each keyword with its
 * count over all the application's documents (click to step through it in the open one), how far
 * the reading of their texts is, documents that cannot be searched, and the way to the list by page.
 */
export function KeywordBar({ label, search, error, documents, onFindKeyword, onShowList }: KeywordBarProps) {
  const { t } = useTranslation();
  const pending = search === null || isSearchPending(search);
  const pages = search ? searchHits(search) : [];
  const hits = pages.reduce((sum, p) => sum + p.total, 0);
  const progress = search ? searchProgress(search) : { read: 0, total: 0 };
  const titleOf = (id: string) => documentTitle(documents.find((d) => d.id === id), t('reader.untitledDocument'));
  const failed = search?.documents.filter((d) => d.state === 'failed') ?? [];
  return (
    <div className="ps-keyword-bar" data-testid="reader-keyword-bar" data-done={!pending && error === null}>
      <span className="ps-keyword-label">{t('reader.keywordLabel', { label })}</span>
      {search &&
        keywordTotals(pages, search.keywords).map(({ keyword, count }) => (
          <Tooltip key={keyword} title={t('reader.keywordFind', { keyword })} mouseEnterDelay={0.5}>
            <Tag.CheckableTag
              checked={false}
              className={count === 0 && !pending ? 'ps-keyword is-absent' : 'ps-keyword'}
              onChange={() => onFindKeyword(keyword)}
              data-testid="reader-keyword"
            >
              {t('reader.keywordCount', { keyword, count })}
            </Tag.CheckableTag>
          </Tooltip>
        ))}
      <span className="ps-keyword-status" data-testid="reader-keyword-status">
        {error
          ? t('reader.keywordFailed', { error })
          : pending
            ? t('reader.keywordProgress', { searched: progress.read, total: progress.total || '…' })
            : hits === 0
              ? t('reader.keywordNone')
              : t('reader.keywordPages', { pages: pages.length, hits })}
      </span>
      {failed.map((d) => (
        <Tooltip key={d.documentId} title={d.error}>
          <Tag icon={<ExclamationCircleOutlined />} color="warning" data-testid="reader-keyword-unsearchable">
            {t('reader.keywordUnsearchable', { document: titleOf(d.documentId) })}
          </Tag>
        </Tooltip>
      ))}
      {pages.length > 0 && (
        <Button size="small" type="link" icon={<UnorderedListOutlined />} onClick={onShowList} data-testid="reader-keyword-list">
          {t('reader.keywordList')}
        </Button>
      )}
    </div>
  );
}
