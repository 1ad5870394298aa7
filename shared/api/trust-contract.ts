import { z } from 'zod';
import { idSchema } from '../domain/review.ts';
import {
  buildProgressSchema, identityStatusSchema, issuedPackageSchema, keyCardInfoSchema, packagePreviewSchema, rosterExpertSchema, sheetStatusSchema,
  sheetViewSchema,
} from '../domain/trust-views.ts';
import type { CallSpec } from './contract.ts';

function call<In extends z.ZodType, Out extends z.ZodType>(spec: CallSpec<In, Out>): CallSpec<In, Out> {
  return spec;
}

const noInput = z.object({}).strict();
const review = z.object({ reviewId: idSchema }).strict();
const fileName = z.string().min(1).max(255);
/** Upload chunks stay under the browser host's 2 MB body limit: 1 MiB of bytes is 1,398,104 base64 characters. */
const base64Chunk = z.string().max(1_500_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, '不是 base64 编码');
const name = z.string().trim().min(1, '请填写姓名').max(100);
const organisation = z.string().trim().max(200);
const roster = z.array(rosterExpertSchema);
const keyCardText = z.string().min(1).max(64 * 1024);

/** Identity, key cards, roster, packages, signed score sheets and printing: the calls of the trust feature. */
export const trustCalls = {
  'identity:get': call({ summary: '本机签名身份：指纹、保护方式、是否需要口令 (不含私钥)', input: noInput, output: identityStatusSchema }),
  'identity:create': call({
    summary: '创建本机签名身份 (Ed25519)；无系统钥匙串时用口令保护私钥',
    input: z.object({ name, organisation, passphrase: z.string().max(200).nullable() }).strict(),
    output: identityStatusSchema,
  }),
  'identity:unlock': call({
    summary: '用口令解开签名私钥 (私钥只留在主进程内存中)',
    input: z.object({ passphrase: z.string().min(1, '请输入口令').max(200) }).strict(),
    output: identityStatusSchema,
  }),
  'identity:key-card': call({ summary: '本机公钥卡 (.pingshen-keycard.json)，交给组织方登记', input: noInput, output: z.object({ fileName, text: z.string() }) }),
  'keycards:inspect': call({ summary: '验证公钥卡并显示其指纹，供当面核对', input: z.object({ text: keyCardText }).strict(), output: keyCardInfoSchema }),
  'experts:list': call({ summary: '评审活动的专家名单、分配与已知回避', input: review, output: roster }),
  'experts:save': call({
    summary: '添加或修改名单中的专家 (新专家默认分配全部申报)',
    input: z.object({ reviewId: idSchema, expertId: idSchema.nullable(), name, organisation }).strict(),
    output: roster,
  }),
  'experts:remove': call({ summary: '从名单中删除专家', input: z.object({ reviewId: idSchema, expertId: idSchema }).strict(), output: roster }),
  'experts:enroll': call({
    summary: '按公钥卡登记专家公钥 (指纹须与屏幕上核对的一致)；expertId 为 null 时按公钥卡新增专家',
    input: z.object({ reviewId: idSchema, expertId: idSchema.nullable(), text: keyCardText, fingerprint: z.string().max(64) }).strict(),
    output: roster,
  }),
  'experts:assign': call({
    summary: '设置专家评审的申报',
    input: z.object({ reviewId: idSchema, expertId: idSchema, submissionIds: z.array(idSchema).max(5000) }).strict(),
    output: roster,
  }),
  'experts:conflict': call({
    summary: '记录 (附理由) 或撤销组织方已知的回避；回避的申报不再分配给该专家',
    input: z.object({ reviewId: idSchema, expertId: idSchema, submissionId: idSchema, reason: z.string().trim().min(1, '请填写回避理由').max(500).nullable() }).strict(),
    output: roster,
  }),
  'packages:build': call({
    summary: '开始制作并签名评审包 (全体专家或一位专家)；用 packages:progress 查询进度',
    input: z.object({ reviewId: idSchema, forExpertId: idSchema.nullable() }).strict(),
    output: buildProgressSchema,
  }),
  'packages:progress': call({ summary: '评审包制作进度；完成后可从 outputs/<id> 下载', input: z.object({ jobId: z.string().max(64) }).strict(), output: buildProgressSchema }),
  'packages:issued': call({ summary: '本机为该评审活动发出的评审包', input: review, output: z.array(issuedPackageSchema) }),
  'uploads:begin': call({
    summary: '开始分段上传一个文件 (评审包)',
    input: z.object({ fileName, size: z.number().int().nonnegative().max(2 * 1024 ** 3) }).strict(),
    output: z.object({ uploadId: z.string() }),
  }),
  'uploads:append': call({
    summary: '上传文件的下一段 (base64，每段不超过 1 MiB)',
    input: z.object({ uploadId: z.string().max(64), offset: z.number().int().nonnegative(), base64: base64Chunk }).strict(),
    output: z.object({ received: z.number().int().nonnegative() }),
  }),
  'packages:open': call({
    summary: '检查上传的评审包 (签名、每个文件的摘要)；未通过时说明原因且不保留任何内容',
    input: z.object({ uploadId: z.string().max(64) }).strict(),
    output: packagePreviewSchema,
  }),
  'packages:import': call({
    summary: '以名单中的某位专家导入已检查的评审包',
    input: z.object({ uploadId: z.string().max(64), expertId: idSchema, replaceDemo: z.boolean() }).strict(),
    output: z.object({ reviewId: idSchema, alreadyImported: z.boolean() }),
  }),
  'sheets:status': call({ summary: '评分表的签名状态、各版本与评分是否锁定', input: review, output: sheetStatusSchema }),
  'sheets:sign': call({ summary: '签名评分表 (一致性检查通过后)；签名后评分锁定', input: review, output: sheetStatusSchema }),
  'sheets:amend': call({ summary: '修改并重新签名：解锁评分，下次签名为新版本并指明所取代版本的摘要', input: review, output: sheetStatusSchema }),
  'sheets:get': call({
    summary: '读取已签名的某一版本 (供打印评分表)',
    input: z.object({ reviewId: idSchema, version: z.number().int().positive() }).strict(),
    output: sheetViewSchema,
  }),
  'sheets:export': call({
    summary: '导出已签名的某一版本：文件的原始字节 (base64)',
    input: z.object({ reviewId: idSchema, version: z.number().int().positive() }).strict(),
    output: z.object({ fileName, base64: z.string() }),
  }),
  'print:pdf': call({ summary: '把当前页面打印为 A4 PDF (仅桌面版)', input: noInput, output: z.object({ base64: z.string() }) }),
} as const;
