import { z } from 'zod';

/** A document's opaque id: the lowercase hex SHA-256 of its bytes. */
export const documentIdSchema = z.string().regex(/^[0-9a-f]{64}$/, '文档编号无效');

/** A document of a submission, as the renderer sees it: facts, never a path. */
export const submissionDocumentSchema = z.object({
  id: documentIdSchema,
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
  pages: z.number().int().nonnegative().nullable(),
  role: z.enum(['application', 'summary', 'evidence', 'stamped', 'summary-stamped', 'other']),
  title: z.string(),
  fileName: z.string(),
});

/** A document of a submission. */
export type SubmissionDocument = z.infer<typeof submissionDocumentSchema>;

/** The URL (relative to the app's origin) at which both hosts serve a document's bytes, with ranges. */
export function documentUrl(id: string): string {
  return `documents/${id}`;
}

/** Where the reader left a document: 1-based page, zoom ('page-width', 'page-fit', 'auto' or a scale like '1.25'), rotation. */
export const viewStateSchema = z.object({
  page: z.number().int().min(1).max(100_000),
  zoom: z.union([z.enum(['page-width', 'page-fit', 'page-actual', 'auto']), z.string().regex(/^\d{1,2}(\.\d{1,4})?$/, '缩放比例无效')]),
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
});

/** Where the reader left a document. */
export type ViewState = z.infer<typeof viewStateSchema>;
