import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { mergeViewSchema } from '../../domain/merge-view.ts';
import { base64Schema, call, fileNameSchema } from '../define-calls.ts';

/** The coordinator's merge (汇总评分表): signed score sheets received, verified and merged; the board. */
export const mergeCalls = {
  'merge:get': call({
    summary: '汇总：已收到的评分表按领域合并 (各规则并列、标记、排序) 与专家 × 领域收取情况',
    input: z.object({ reviewId: idSchema }).strict(),
    output: mergeViewSchema,
  }),
  'merge:receive': call({
    summary: '收取评分表文件：逐份验证，通过的原样保存，未通过的说明原因且不保存；同一文件再次收取不变',
    input: z.object({ reviewId: idSchema, files: z.array(z.object({ fileName: fileNameSchema, base64: base64Schema }).strict()).min(1).max(200) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:decide': call({
    summary: '记录对一份申报的决定 (推荐 / 候补 / 不推荐，null 为撤销)；与排名建议不同时须填写理由；记入审计日志',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, decision: z.enum(['recommend', 'reserve', 'reject']).nullable(), reason: z.string().max(500) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:finalize': call({
    summary: '确定 (或重新打开) 一个领域的推荐名单：每份申报须有决定、名额线上并列须已决定、推荐数不超过名额；确定后决定锁定；记入审计日志',
    input: z.object({ reviewId: idSchema, categoryId: idSchema, final: z.boolean() }).strict(),
    output: mergeViewSchema,
  }),
  'merge:sign-result': call({
    summary: '用本机 (组织方) 私钥签名评审结果 pingshen.result/1：各领域名单须均已确定；含每份计入评分表的摘要；记入审计日志',
    input: z.object({ reviewId: idSchema }).strict(),
    output: z.object({ fileName: fileNameSchema, base64: z.string(), digest: z.string() }),
  }),
  'merge:export-xlsx': call({
    summary: '导出 Excel：专家评分汇总表 (各项统计为引用专家得分的公式，并附计算结果)、推荐名单、评分明细、签名与校验；给出 categoryId 时只导出该领域 (每个领域一个文件)',
    input: z.object({ reviewId: idSchema, categoryId: idSchema.optional() }).strict(),
    output: z.object({ fileName: fileNameSchema, base64: z.string() }),
  }),
} as const;
