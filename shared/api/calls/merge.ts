import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { mergeSensitivitySchema } from '../../domain/merge-sensitivity.ts';
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
  'merge:receive-zip': call({
    summary: '收取评分表压缩包 (先用 uploads:begin/append 上传)：包中每份 *.pingshen-sheet.json 逐份验证，与逐个收取相同；压缩包不安全或损坏时说明原因',
    input: z.object({ reviewId: idSchema, uploadId: z.string().max(64) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:confirm-key': call({
    summary: '首次见面登记：组织方与专家当面核对指纹后，确认暂存评分表的签名公钥；该专家用此公钥签名的暂存评分表随即计入；记入审计日志',
    input: z.object({ reviewId: idSchema, expertId: idSchema, fingerprint: z.string().min(1).max(100) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:set-aside': call({
    summary: '不采用暂存的评分表：专家的签名公钥未经核实 (如指纹与专家本人不符) 时，组织方写明理由，删除该专家以此公钥签名的暂存评分表；记入审计日志；再次收到时重新暂存',
    input: z.object({ reviewId: idSchema, expertId: idSchema, fingerprint: z.string().min(1).max(100), reason: z.string().max(500) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:choose-version': call({
    summary: '同一专家同一版本有内容不同的评分表时，选择计入的一份并写明理由；其余保留为历史；记入审计日志',
    input: z.object({ reviewId: idSchema, expertId: idSchema, version: z.number().int().positive(), digest: z.string().regex(/^[0-9a-f]{64}$/), reason: z.string().max(500) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:settings': call({
    summary: '设置本评审的汇总方式：排序规则 (平均分 / 去最高最低平均 / 中位数) 与去最高最低的对象 (总分 / 每个评分项)；已有领域名单确定时不可改；记入审计日志',
    input: z.object({ reviewId: idSchema, rule: z.enum(['mean', 'trimmed-mean', 'median']), trimOn: z.enum(['totals', 'criteria']) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:sensitivity': call({
    summary: '灵敏度分析：各领域推荐名单在其他规则 (平均分 / 去最高最低平均 / 中位数 / 标准化) 下、去掉任一位专家时是否改变；哪些申报距名额线不超过一位专家的影响',
    input: z.object({ reviewId: idSchema }).strict(),
    output: mergeSensitivitySchema,
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
  'merge:open-discussion': call({
    summary: '发起分差复议：对一份申报写明复议内容，选择参加的专家；保存当时 (第 1 轮) 的标记、各专家版本、总分与各项得分；专家修改并重新签名 (每项改动写理由) 后并列显示；记入审计日志',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, expertIds: z.array(idSchema).min(1).max(200), note: z.string().max(2000) }).strict(),
    output: mergeViewSchema,
  }),
  'merge:close-discussion': call({
    summary: '结束分差复议：写明结论；保存结束时 (第 2 轮) 的情况；复议记录保留；记入审计日志',
    input: z.object({ reviewId: idSchema, discussionId: z.number().int().positive(), note: z.string().max(2000) }).strict(),
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
