import { useEffect, useState, type RefObject } from 'react';
import { applyPageText, startKeywordScan, type KeywordScan } from './keyword-search.ts';
import type { PdfViewHandle } from './pdf-view.tsx';

/** How often, at most, the growing hit list is handed to React while pages are read. */
const publishEveryMs = 120;

/**
 * Searches the open document for `keywords` page by page, in the background: each page's text
 * comes from pdf.js's worker, so the pages and the scoring form stay responsive however long the
 * document is. Starts again when the keywords change (page texts are cached by the session).
 */
export function useKeywordSearch(view: RefObject<PdfViewHandle | null>, ready: boolean, pagesCount: number, keywords: readonly string[]): KeywordScan | null {
  const [scan, setScan] = useState<KeywordScan | null>(null);
  const key = keywords.join('\u0000');
  useEffect(() => {
    const words = key.length > 0 ? key.split('\u0000') : [];
    if (!ready || pagesCount === 0 || words.length === 0) {
      setScan(null);
      return undefined;
    }
    let cancelled = false;
    let current = startKeywordScan(words, pagesCount);
    setScan(current);
    void (async () => {
      let published = performance.now();
      for (let page = 1; page <= pagesCount; page++) {
        const text = (await view.current?.pageText(page)) ?? '';
        if (cancelled) return;
        current = applyPageText(current, page, text);
        if (page === pagesCount || performance.now() - published >= publishEveryMs) {
          published = performance.now();
          setScan(current);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [view, ready, pagesCount, key]);
  return scan;
}
