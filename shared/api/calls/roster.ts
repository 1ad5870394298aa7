import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { rosterExpertSchema } from '../../domain/trust-views.ts';
import { call } from '../define-calls.ts';

const review = z.object({ reviewId: idSchema }).strict();
const name = z.string().trim().min(1, '请填写姓名').max(100);
const organisation = z.string().trim().max(200);
const roster = z.array(rosterExpertSchema);
const keyCardText = z.string().min(1).max(64 * 1024);

/** The coordinator's roster (专家名单): experts, enrolled keys, assignments, known 回避. */
export const rosterCalls = {
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
} as const;
