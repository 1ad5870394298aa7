import { z } from 'zod';
import { auditChainSchema, auditPageSchema, auditQuerySchema } from '../../domain/audit-view.ts';
import { call, fileNameSchema, noInput } from '../define-calls.ts';

/** The audit log (审计日志): every import, signature, merge, decision and export, hash-chained. */
export const auditCalls = {
  'audit:list': call({
    summary: '审计日志一页 (最新在前)：按评审活动、类别、文字、日期 (北京时间) 筛选；附符合条件的总数与各类别行数',
    input: auditQuerySchema,
    output: auditPageSchema,
  }),
  'audit:verify': call({
    summary: '核对整个审计日志的哈希链：每行摘要与内容相符、接上前一行、序号递增；给出行数、最后一行的摘要，或第一处断裂',
    input: noInput,
    output: auditChainSchema,
  }),
  'audit:export': call({
    summary: '导出整个审计日志：JSON lines (pingshen.audit/1，可用 pingshen audit verify 核对哈希链) 或 xlsx 表；附最后一行的摘要，导出本身记入审计日志',
    input: z.object({ format: z.enum(['jsonl', 'xlsx']) }).strict(),
    output: z.object({ fileName: fileNameSchema, base64: z.string(), rows: z.number().int().nonnegative(), lastHash: z.string().nullable() }),
  }),
} as const;
