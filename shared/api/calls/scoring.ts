import { z } from 'zod';
import { consistencyReportSchema } from '../../domain/consistency.ts';
import { documentIdSchema } from '../../domain/document.ts';
import { idSchema } from '../../domain/id.ts';
import { programSchema } from '../../domain/program.ts';
import { evidenceSchema, scoringEditSchema, scoringOverviewRowSchema, submissionScoringSchema } from '../../domain/scoring.ts';
import { call } from '../define-calls.ts';

/** The expert's scoring: the program used, scores, comments, marks, citations, 回避, reading record, consistency. */
export const scoringCalls = {
  'scoring:program': call({
    summary: '评审活动所用的评审方案版本 (评分细则、底线、汇总规则)',
    input: z.object({ reviewId: idSchema }).strict(),
    output: programSchema,
  }),
  'scoring:get': call({
    summary: '读取专家对一份申报的全部评分、评语、标记、引用与阅读记录',
    input: z.object({ reviewId: idSchema, submissionId: idSchema }).strict(),
    output: submissionScoringSchema,
  }),
  'scoring:edit': call({
    summary: '保存一次评分编辑 (分数、评语、达标、否决、总评)，立即持久化',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, edit: scoringEditSchema }).strict(),
    output: z.object({ savedAt: z.string() }),
  }),
  'scoring:cite': call({
    summary: '为指标添加佐证引用 (文档、页码、引文)',
    input: z.object({
      reviewId: idSchema,
      submissionId: idSchema,
      criterionId: idSchema,
      documentId: documentIdSchema,
      page: z.number().int().min(1).max(100_000),
      quote: z.string().max(2000),
    }).strict(),
    output: evidenceSchema,
  }),
  'scoring:uncite': call({
    summary: '删除一条佐证引用',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, evidenceId: z.number().int().positive() }).strict(),
    output: z.object({ removed: z.number().int() }),
  }),
  'scoring:conflict': call({
    summary: '声明 (附理由) 或撤销回避；回避后该申报评分锁定',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, reason: z.string().trim().min(1, '请填写回避理由').max(500).nullable() }).strict(),
    output: submissionScoringSchema,
  }),
  'scoring:visit': call({
    summary: '记录专家看过的页面',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, documentId: documentIdSchema, page: z.number().int().min(1).max(100_000) }).strict(),
    output: z.object({ recorded: z.boolean() }),
  }),
  'scoring:overview': call({
    summary: '专家的申报列表：状态、当前总分、缺少的评语、未读文档',
    input: z.object({ reviewId: idSchema }).strict(),
    output: z.array(scoringOverviewRowSchema),
  }),
  'scoring:consistency': call({
    summary: '签名前的一致性检查：各领域排序、分差、离群、缺评语、未读文档',
    input: z.object({ reviewId: idSchema }).strict(),
    output: consistencyReportSchema,
  }),
} as const;
