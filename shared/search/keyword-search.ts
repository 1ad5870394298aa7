import { normalizeQuote } from './quote-text.ts';

/** How often one keyword occurs on a page. */
export interface KeywordCount {
  readonly keyword: string;
  readonly count: number;
}

/** A short passage around a page's first hit, split so the hit can be marked. */
export interface HitSnippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** One page on which at least one of the keywords occurs. */
export interface PageHits {
  readonly page: number;
  readonly total: number;
  /** The keywords found on the page, in the order they were asked for. */
  readonly keywords: readonly KeywordCount[];
  readonly snippet: HitSnippet;
}

/** A keyword search over a document's pages, filled in as pages are read. */
export interface KeywordScan {
  readonly keywords: readonly string[];
  readonly pagesCount: number;
  /** Pages searched so far (searched in order, 1 first). */
  readonly searched: number;
  /** Pages with hits, by page number. */
  readonly pages: readonly PageHits[];
}

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
  return normalizeQuote(text.replace(/\u3000/gu, ' '));
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

/** A search for `keywords` over a document of `pagesCount` pages, before any page is read. */
export function startKeywordScan(keywords: readonly string[], pagesCount: number): KeywordScan {
  return { keywords: searchableKeywords(keywords), pagesCount, searched: 0, pages: [] };
}

/** The search after reading one more page's text: old scan + page → new scan. */
export function applyPageText(scan: KeywordScan, page: number, text: string): KeywordScan {
  const hits = pageHits(page, text, scan.keywords);
  const searched = Math.max(scan.searched, page);
  const pages = scan.pages.filter((p) => p.page !== page);
  if (hits) pages.push(hits);
  return { ...scan, searched, pages: pages.sort((a, b) => a.page - b.page) };
}

/** Hits per keyword over the pages searched so far, in the order of the scan's keywords. */
export function keywordTotals(scan: KeywordScan): KeywordCount[] {
  return scan.keywords.map((keyword) => ({
    keyword,
    count: scan.pages.reduce((sum, p) => sum + (p.keywords.find((k) => k.keyword === keyword)?.count ?? 0), 0),
  }));
}

/** True once every page has been searched. */
export function isScanDone(scan: KeywordScan): boolean {
  return scan.searched >= scan.pagesCount;
}
