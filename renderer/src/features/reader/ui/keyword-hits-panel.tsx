import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentSearch, PageHits } from '../../../../../shared/domain/document-search.ts';
import type { SubmissionDocument } from '../../../../../shared/domain/document.ts';
import { documentTitle } from '../model/document-name.ts';

/** Props of KeywordHitsPanel. */
export interface KeywordHitsPanelProps {
  readonly search: DocumentSearch | null;
  readonly documents: readonly SubmissionDocument[];
  /** The open document and the page being read, marked in the list. */
  readonly activeDocumentId: string;
  readonly page: number;
  onSelect(documentId: string, hit: PageHits): void;
}

/**
 * The sidebar's list of the focused criterion's keyword hits: by document (the open one first),
 * then by page, each with a passage around its first hit. Choosing one opens that page.
 */
export function KeywordHitsPanel({ search, documents, activeDocumentId, page, onSelect }: KeywordHitsPanelProps) {
  const { t } = useTranslation();
  const withHits = (search?.documents ?? []).filter((d) => d.pages.length > 0);
  if (!search || withHits.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={search ? t('reader.keywordNone') : t('reader.hitsEmpty')} />;
  }
  const ordered = [...withHits.filter((d) => d.documentId === activeDocumentId), ...withHits.filter((d) => d.documentId !== activeDocumentId)];
  return (
    <div className="ps-hits" data-testid="reader-hits">
      {ordered.map((d) => (
        <section key={d.documentId} className="ps-hits-document" data-document-id={d.documentId}>
          <h4 className="ps-hits-title">{documentTitle(documents.find((doc) => doc.id === d.documentId), t('reader.untitledDocument'))}</h4>
          <ol className="ps-hits-pages">
            {d.pages.map((hit) => (
              <li key={hit.page}>
                <button
                  type="button"
                  className={d.documentId === activeDocumentId && hit.page === page ? 'ps-hit is-current' : 'ps-hit'}
                  onClick={() => onSelect(d.documentId, hit)}
                  data-testid="reader-hit"
                  data-document-id={d.documentId}
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
        </section>
      ))}
    </div>
  );
}
