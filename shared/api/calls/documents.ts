import { z } from 'zod';
import { documentSearchSchema } from '../../domain/document-search.ts';
import { documentIdSchema, submissionDocumentSchema, viewStateSchema } from '../../domain/document.ts';
import { idSchema } from '../../domain/id.ts';
import { call } from '../define-calls.ts';

/** An application's documents: listing, the reader's view state, keyword search. */
export const documentsCalls = {
  'submissions:documents': call({
    summary: '列出一份申报的文档 (按编号访问，不含路径)',
    input: z.object({ reviewId: idSchema, submissionId: idSchema }).strict(),
    output: z.array(submissionDocumentSchema),
  }),
  'documents:view-state': call({
    summary: '读取阅读器上次停留的页码、缩放与旋转 (无记录时为 null)',
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: viewStateSchema.nullable(),
  }),
  'documents:save-view-state': call({
    summary: '记住阅读器在该文档的页码、缩放与旋转',
    input: z.object({ documentId: documentIdSchema, state: viewStateSchema }).strict(),
    output: z.object({ saved: z.boolean() }),
  }),
  'documents:search': call({
    summary: '在一份申报的全部 PDF 中检索关键词 (评分细则的要点)，按文档和页列出命中；文字尚未读完的文档标为 pending',
    input: z
      .object({
        reviewId: idSchema,
        submissionId: idSchema,
        keywords: z.array(z.string().max(60, '关键词过长')).max(40, '关键词过多'),
      })
      .strict(),
    output: documentSearchSchema,
  }),
} as const;
