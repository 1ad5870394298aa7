import { z } from 'zod';
import { formalCheckRuleIds } from '../../domain/formal-check-rules.ts';
import { checkOutcomeSchema, formalCheckViewSchema, materialConclusionSchema } from '../../domain/formal-check-view.ts';
import { idSchema } from '../../domain/id.ts';
import { call, fileNameSchema } from '../define-calls.ts';

const reviewInput = z.object({ reviewId: idSchema }).strict();

/** The coordinator's formal check (形式审查) and 材料审核: run, read, override, conclude, export. */
export const formalCheckCalls = {
  'formal-check:run': call({
    summary: '运行形式审查：按评审方案的规则逐份检查导入的申报材料，结果替换上一次的 (改判与结论保留)；记入审计日志',
    input: reviewInput,
    output: formalCheckViewSchema,
  }),
  'formal-check:get': call({
    summary: '形式审查结果表：每份申报每条规则的结果、理由、证据、改判，审查结论，材料审核结论与评审阶段',
    input: reviewInput,
    output: formalCheckViewSchema,
  }),
  'formal-check:override': call({
    summary: '改变一条规则对一份申报的审查结果，须填写理由；原结果照旧显示，记入审计日志',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, rule: z.enum(formalCheckRuleIds), result: checkOutcomeSchema, reason: z.string().trim().min(1, '请填写理由').max(500) }).strict(),
    output: formalCheckViewSchema,
  }),
  'formal-check:conclude': call({
    summary: '记录一份申报的材料审核结论 (通过 / 补正 / 不通过，后两者须填写理由)；记入审计日志',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, conclusion: materialConclusionSchema, reason: z.string().max(500) }).strict(),
    output: formalCheckViewSchema,
  }),
  'formal-check:export-xlsx': call({
    summary: '导出形式审查结果表 (.xlsx，A4 横向，宋体)：每份申报一行，每条规则一列，附理由与改判',
    input: reviewInput,
    output: z.object({ fileName: fileNameSchema, base64: z.string() }),
  }),
} as const;
