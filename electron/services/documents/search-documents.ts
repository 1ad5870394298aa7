import type { Database } from 'better-sqlite3';
import type { DocumentHits, DocumentSearch, PageHits } from '../../../shared/domain/document-search.ts';
import { documentPageHits, searchableKeywords } from '../../../shared/search/keyword-search.ts';
import { listSubmissionDocuments } from './document-repository.ts';
import type { TextIndex } from './text-index.ts';

/** Hit lists kept for repeated searches (the reader asks again while another document is read). */
const cachedHitLists = 256;

/** Searches a submission's documents; see createDocumentSearch. */
export type SearchDocuments = (input: { reviewId: string; submissionId: string; keywords: readonly string[] }) => DocumentSearch;

/**
 * Searches every PDF of a submission for the keywords, page by page, from the text index. A
 * document still being read is reported pending with its progress (its reading is started if it
 * had not been), one that cannot be read is reported failed with the reason. A read document's
 * hits for the same keywords are computed once: its text never changes.
 */
export function createDocumentSearch(db: Database, texts: TextIndex): SearchDocuments {
  const cache = new Map<string, PageHits[]>();
  const hitsOf = (documentId: string, keywords: readonly string[]): PageHits[] => {
    const key = [documentId, ...keywords].join('\u0000');
    const known = cache.get(key);
    if (known) return known;
    const pages = documentPageHits(texts.pageTexts(documentId), keywords);
    cache.set(key, pages);
    if (cache.size > cachedHitLists) cache.delete(cache.keys().next().value as string);
    return pages;
  };
  return (input) => {
    const keywords = searchableKeywords(input.keywords);
    const pdfs = listSubmissionDocuments(db, input.reviewId, input.submissionId).filter((d) => d.mediaType === 'application/pdf');
    const documents = pdfs.map((document): DocumentHits => {
      const status = texts.status(document.id);
      const base = { documentId: document.id, error: null, pages: [] };
      switch (status.state) {
        case 'done':
          return { ...base, state: 'done', pagesRead: status.pagesCount, pagesCount: status.pagesCount, pages: keywords.length > 0 ? hitsOf(document.id, keywords) : [] };
        case 'failed':
          return { ...base, state: 'failed', pagesRead: 0, pagesCount: document.pages, error: status.error };
        case 'pending':
          return { ...base, state: 'pending', pagesRead: status.pagesRead, pagesCount: status.pagesCount ?? document.pages };
      }
    });
    return { keywords, documents };
  };
}
