import { UnorderedListOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { isScanDone, keywordTotals, type KeywordScan } from './keyword-search.ts';

/** Props of KeywordBar. */
export interface KeywordBarProps {
  /** What the keywords belong to (the focused criterion's title). */
  readonly label: string;
  readonly scan: KeywordScan;
  onFindKeyword(keyword: string): void;
  onShowList(): void;
}

/**
 * The strip under the toolbar while a criterion with keywords is focused: each keyword with its
 * count in this document (click to step through its matches), the search's progress, and the
 * way to the list by page.
 */
export function KeywordBar({ label, scan, onFindKeyword, onShowList }: KeywordBarProps) {
  const { t } = useTranslation();
  const done = isScanDone(scan);
  const hits = scan.pages.reduce((sum, p) => sum + p.total, 0);
  return (
    <div className="ps-keyword-bar" data-testid="reader-keyword-bar" data-done={done}>
      <span className="ps-keyword-label">{t('reader.keywordLabel', { label })}</span>
      {keywordTotals(scan).map(({ keyword, count }) => (
        <Tooltip key={keyword} title={t('reader.keywordFind', { keyword })} mouseEnterDelay={0.5}>
          <Tag.CheckableTag
            checked={false}
            className={count === 0 && done ? 'ps-keyword is-absent' : 'ps-keyword'}
            onChange={() => onFindKeyword(keyword)}
            data-testid="reader-keyword"
          >
            {t('reader.keywordCount', { keyword, count })}
          </Tag.CheckableTag>
        </Tooltip>
      ))}
      <span className="ps-keyword-status" data-testid="reader-keyword-status">
        {!done
          ? t('reader.keywordProgress', { searched: scan.searched, total: scan.pagesCount })
          : hits === 0
            ? t('reader.keywordNone')
            : t('reader.keywordPages', { pages: scan.pages.length, hits })}
      </span>
      {scan.pages.length > 0 && (
        <Button size="small" type="link" icon={<UnorderedListOutlined />} onClick={onShowList} data-testid="reader-keyword-list">
          {t('reader.keywordList')}
        </Button>
      )}
    </div>
  );
}
