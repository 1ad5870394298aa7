import { z } from 'zod';
import { documentIdSchema } from './document.ts';

/** How often one keyword occurs on a page. */
export const keywordCountSchema = z.object({ keyword: z.string(), count: z.number().int().positive() });

/** How often one keyword occurs on a page. */
export type KeywordCount = z.infer<typeof keywordCountSchema>;

/** A short passage around a page's first hit, split so the hit can be marked. */
export const hitSnippetSchema = z.object({ before: z.string(), match: z.string(), after: z.string() });

/** A short passage around a page's first hit. */
export type HitSnippet = z.infer<typeof hitSnippetSchema>;

/** One page on which at least one of the keywords occurs. */
export const pageHitsSchema = z.object({
  page: z.number().int().min(1),
  total: z.number().int().positive(),
  /** The keywords found on the page, in the order they were asked for. */
  keywords: z.array(keywordCountSchema),
  snippet: hitSnippetSchema,
});

/** One page on which at least one of the keywords occurs. */
export type PageHits = z.infer<typeof pageHitsSchema>;

/**
 * Where a document's text stands: read and searchable, still being read (pagesRead of pagesCount),
 * or not readable (encrypted, broken, no PDF), with the reason.
 */
export const textStateSchema = z.enum(['pending', 'done', 'failed']);

/** The keyword hits in one document of a submission. */
export const documentHitsSchema = z.object({
  documentId: documentIdSchema,
  state: textStateSchema,
  pagesRead: z.number().int().nonnegative(),
  pagesCount: z.number().int().nonnegative().nullable(),
  /** Why the text could not be read, in Chinese; null unless failed. */
  error: z.string().nullable(),
  pages: z.array(pageHitsSchema),
});

/** The keyword hits in one document of a submission. */
export type DocumentHits = z.infer<typeof documentHitsSchema>;

/** A keyword search over every document of a submission. */
export const documentSearchSchema = z.object({
  /** The distinct keywords searched for, in order (see searchableKeywords). */
  keywords: z.array(z.string()),
  documents: z.array(documentHitsSchema),
});

/** A keyword search over every document of a submission. */
export type DocumentSearch = z.infer<typeof documentSearchSchema>;
