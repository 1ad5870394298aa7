import { collapseCjkSpacing } from '../../../../../shared/search/cjk-spacing.ts';

/**
 * Text as the reader compares it: whitespace runs collapsed to one space, and none at all between
 * two CJK characters (a line break inside a Chinese sentence is not a space), trimmed.
 */
export const normalizeQuote = collapseCjkSpacing;

/** Longest query sent to the find controller for a quote: long quotes are found by their opening. */
export const maxQuoteQueryLength = 120;

/**
 * What to search for to find a quoted passage, best first: the whole quote (or its opening), then
 * shorter openings, because a quote copied from another tool may differ from pdf.js's text near its end.
 */
export function quoteQueries(text: string): string[] {
  const quote = normalizeQuote(text);
  if (quote.length === 0) return [];
  const lengths = [maxQuoteQueryLength, 40, 16];
  const queries = lengths.map((length) => Array.from(quote).slice(0, length).join('').trim());
  return queries.filter((query, index) => query.length > 0 && queries.indexOf(query) === index);
}

/** Selected text as it is reported and copied: normalised like a quote, but keeping paragraph breaks. */
export function cleanSelectionText(text: string): string {
  return text
    .split(/\n\s*\n/u)
    .map(normalizeQuote)
    .filter((paragraph) => paragraph.length > 0)
    .join('\n');
}
