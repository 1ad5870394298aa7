import { z } from 'zod';
import { call, noInput, fileNameSchema, base64ChunkSchema } from '../define-calls.ts';

/** Files across the boundary: uploads in chunks, printing the page to PDF. */
export const transferCalls = {
  'uploads:begin': call({
    summary: '开始分段上传一个文件 (评审包)',
    input: z.object({ fileName: fileNameSchema, size: z.number().int().nonnegative().max(2 * 1024 ** 3) }).strict(),
    output: z.object({ uploadId: z.string() }),
  }),
  'uploads:append': call({
    summary: '上传文件的下一段 (base64，每段不超过 1 MiB)',
    input: z.object({ uploadId: z.string().max(64), offset: z.number().int().nonnegative(), base64: base64ChunkSchema }).strict(),
    output: z.object({ received: z.number().int().nonnegative() }),
  }),
  'print:pdf': call({ summary: '把当前页面打印为 A4 PDF (仅桌面版)', input: noInput, output: z.object({ base64: z.string() }) }),
} as const;
