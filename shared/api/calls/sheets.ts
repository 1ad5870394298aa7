import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { sheetChangesSchema, sheetStatusSchema, sheetViewSchema } from '../../domain/trust-views.ts';
import { call, fileNameSchema } from '../define-calls.ts';

const review = z.object({ reviewId: idSchema }).strict();

/** The expert's reason for one score of an amended version (a change, or a confirmation of an unchanged score). */
const scoreReason = z.object({ submissionId: idSchema, criterionId: idSchema, reason: z.string().max(2000) }).strict();

/** The expert's signed score sheets (评分表): status, sign, amend, read, export. */
export const sheetsCalls = {
  'sheets:status': call({ summary: '评分表的签名状态、各版本与评分是否锁定', input: review, output: sheetStatusSchema }),
  'sheets:sign': call({
    summary: '签名评分表 (一致性检查通过后)；签名后评分锁定；第 2 版起每项改动的得分须附修改理由',
    input: z.object({ reviewId: idSchema, reasons: z.array(scoreReason).max(100_000).optional() }).strict(),
    output: sheetStatusSchema,
  }),
  'sheets:changes': call({ summary: '重新签名前：下一版的每项得分与所取代版本的对照 (哪些改动需写理由)', input: review, output: sheetChangesSchema }),
  'sheets:amend': call({ summary: '修改并重新签名：解锁评分，下次签名为新版本并指明所取代版本的摘要', input: review, output: sheetStatusSchema }),
  'sheets:get': call({
    summary: '读取已签名的某一版本 (供打印评分表)',
    input: z.object({ reviewId: idSchema, version: z.number().int().positive() }).strict(),
    output: sheetViewSchema,
  }),
  'sheets:export': call({
    summary: '导出已签名的某一版本：文件的原始字节 (base64)',
    input: z.object({ reviewId: idSchema, version: z.number().int().positive() }).strict(),
    output: z.object({ fileName: fileNameSchema, base64: z.string() }),
  }),
} as const;
