import type { DocumentSearch, KeywordCount, PageHits } from '../domain/document-search.ts';
import { collapseCjkSpacing } from './cjk-spacing.ts';

/** Characters of context on each side of a hit in the list. */
export const snippetContext = 18;

/**
 * Folds one UTF-16 unit for comparison without changing the text's length, so positions found in
 * the folded text are positions in the shown text: full-width forms (ＳＴＥＭ, ２０２６, ，) to ASCII,
 * ideographic space to space, A–Z to a–z.
 */
function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(String.fromCharCode(code - 0xfee0));
  if (code === 0x3000) return ' ';
  return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : unit;
}

function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000A-Z]/gu, foldUnit);
}

/**
 * Text as keyword search compares it: full-width letters and digits as ASCII, case folded, and no
 * line breaks or spaces between Chinese characters, where PDFs break lines anywhere.
 */
export function searchableText(text: string): string {
  return fold(shownText(text));
}

/** Text as it is shown in the hit list: spaces normalised as a quote's are, characters as they are. */
function shownText(text: string): string {
  return collapseCjkSpacing(text.replace(/\u3000/gu, ' '));
}

/** The distinct, non-empty keywords to search for, in their searchable form, first spelling kept. */
export function searchableKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  return keywords.filter((keyword) => {
    const key = searchableText(keyword);
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `text.slice(from, to)` moved inwards so that it never cuts a surrogate pair (CJK Extension B). */
function sliceWhole(text: string, from: number, to: number): string {
  const start = from > 0 && isLowSurrogate(text.charCodeAt(from)) ? from + 1 : from;
  const end = to < text.length && isLowSurrogate(text.charCodeAt(to)) ? to - 1 : to;
  return text.slice(start, Math.max(start, end));
}

/** The hits of `keywords` on one page's text, or null when none occurs. */
export function pageHits(page: number, text: string, keywords: readonly string[]): PageHits | null {
  // Folding keeps every position, so a hit found in the folded text is at the same place in the shown one.
  const shown = shownText(text);
  const haystack = fold(shown);
  let first: { at: number; length: number } | null = null;
  const counts: KeywordCount[] = [];
  for (const keyword of searchableKeywords(keywords)) {
    const needle = searchableText(keyword);
    const at = occurrences(haystack, needle);
    if (at.length === 0) continue;
    counts.push({ keyword, count: at.length });
    const start = at[0] as number;
    if (first === null || start < first.at) first = { at: start, length: needle.length };
  }
  if (first === null) return null;
  const chars = (from: number, to: number) => sliceWhole(shown, Math.max(0, from), Math.max(0, to));
  return {
    page,
    total: counts.reduce((sum, c) => sum + c.count, 0),
    keywords: counts,
    snippet: {
      before: chars(first.at - snippetContext, first.at),
      match: shown.slice(first.at, first.at + first.length),
      after: chars(first.at + first.length, first.at + first.length + snippetContext),
    },
  };
}

/** The hits of `keywords` on every page of a document's text (one string per page, page 1 first). */
export function documentPageHits(pageTexts: readonly string[], keywords: readonly string[]): PageHits[] {
  return pageTexts.flatMap((text, index) => pageHits(index + 1, text, keywords) ?? []);
}

/** Hits per keyword over some pages, in the order of `keywords` (keywords without hits count 0). */
export function keywordTotals(pages: readonly PageHits[], keywords: readonly string[]): { keyword: string; count: number }[] {
  return keywords.map((keyword) => ({
    keyword,
    count: pages.reduce((sum, p) => sum + (p.keywords.find((k) => k.keyword === keyword)?.count ?? 0), 0),
  }));
}

/** Every document's hits, for the whole search (the strip shows these over all documents). */
export function searchHits(search: DocumentSearch): PageHits[] {
  return search.documents.flatMap((d) => d.pages);
}

/** True while some document's text is still being read. */
export function isSearchPending(search: DocumentSearch): boolean {
  return search.documents.some((d) => d.state === 'pending');
}

/** Pages read and pages to read over the documents of a search (unknown page counts count as read). */
export function searchProgress(search: DocumentSearch): { read: number; total: number } {
  return search.documents.reduce(
    (sum, d) => ({ read: sum.read + d.pagesRead, total: sum.total + (d.pagesCount ?? d.pagesRead) }),
    { read: 0, total: 0 },
  );
}
