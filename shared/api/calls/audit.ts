import { z } from 'zod';
import { call, fileNameSchema } from '../define-calls.ts';

/** The audit log (审计日志): every import, signature, merge, decision and export, hash-chained. */
export const auditCalls = {
  'audit:export': call({
    summary: '导出整个审计日志：JSON lines (pingshen.audit/1，可用 pingshen audit verify 核对哈希链) 或 xlsx 表；附最后一行的摘要，导出本身记入审计日志',
    input: z.object({ format: z.enum(['jsonl', 'xlsx']) }).strict(),
    output: z.object({ fileName: fileNameSchema, base64: z.string(), rows: z.number().int().nonnegative(), lastHash: z.string().nullable() }),
  }),
} as const;
