import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeywordScan, PageHits } from './keyword-search.ts';

/** Props of KeywordHitsPanel. */
export interface KeywordHitsPanelProps {
  readonly scan: KeywordScan | null;
  /** The page being read, marked in the list. */
  readonly page: number;
  onSelect(hit: PageHits): void;
}

/** The sidebar's list of the focused criterion's keyword hits, by page, each with a passage. */
export function KeywordHitsPanel({ scan, page, onSelect }: KeywordHitsPanelProps) {
  const { t } = useTranslation();
  if (!scan || scan.pages.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={scan ? t('reader.keywordNone') : t('reader.hitsEmpty')} />;
  }
  return (
    <ol className="ps-hits" data-testid="reader-hits">
      {scan.pages.map((hit) => (
        <li key={hit.page}>
          <button
            type="button"
            className={hit.page === page ? 'ps-hit is-current' : 'ps-hit'}
            onClick={() => onSelect(hit)}
            data-testid="reader-hit"
            data-page={hit.page}
          >
            <span className="ps-hit-head">
              <span>{t('reader.hitsPage', { page: hit.page })}</span>
              <span className="ps-hit-total">{t('reader.hitsTotal', { total: hit.total })}</span>
            </span>
            <span className="ps-hit-snippet">
              …{hit.snippet.before}
              <mark>{hit.snippet.match}</mark>
              {hit.snippet.after}…
            </span>
            <span className="ps-hit-keywords">{hit.keywords.map((k) => `${k.keyword} ×${k.count}`).join(' · ')}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
