import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { rosterExpertSchema } from '../../domain/trust-views.ts';
import { base64Schema, call, fileNameSchema } from '../define-calls.ts';

const review = z.object({ reviewId: idSchema }).strict();
const name = z.string().trim().min(1, '请填写姓名').max(100);
const organisation = z.string().trim().max(200);
const roster = z.array(rosterExpertSchema);
const keyCardText = z.string().min(1).max(64 * 1024);
const details = {
  title: z.string().trim().max(100).optional(),
  expertise: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(40).optional(),
  panel: z.array(idSchema).max(200).optional(),
};

/** The coordinator's roster (专家名单): experts, enrolled keys, assignments, known 回避. */
export const rosterCalls = {
  'experts:list': call({ summary: '评审活动的专家名单、分配与已知回避', input: review, output: roster }),
  'experts:save': call({
    summary: '添加或修改名单中的专家 (新专家默认分配全部申报)',
    input: z.object({ reviewId: idSchema, expertId: idSchema.nullable(), name, organisation, ...details }).strict(),
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
  'experts:import-xlsx': call({
    summary: '从 Excel 专家名单 (姓名、单位、职称、专业领域、手机) 导入专家：整份导入或整份拒绝；已在名单中的专家更新；随后检测回避',
    input: z.object({ reviewId: idSchema, fileName: fileNameSchema, base64: base64Schema }).strict(),
    output: z.object({
      roster,
      added: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      warnings: z.array(z.object({ rowNumber: z.number().int(), severity: z.literal('warning'), message: z.string() })),
      conflictsDetected: z.number().int().nonnegative(),
    }),
  }),
  'experts:auto-assign': call({
    summary: '自动分配：每份申报分给本领域 N 位专家 (null 为全部)，避开回避，工作量均衡；替换现有分配',
    input: z.object({ reviewId: idSchema, perApplication: z.number().int().min(1, '每份申报至少 1 位专家').max(100).nullable() }).strict(),
    output: z.object({ roster, shortfalls: z.array(z.object({ submissionId: idSchema, wanted: z.number().int(), got: z.number().int() })) }),
  }),
  'experts:detect-conflicts': call({
    summary: '按单位检测回避：专家单位是申报的牵头或合作单位时记录回避',
    input: review,
    output: z.object({ roster, detected: z.number().int().nonnegative() }),
  }),
} as const;
