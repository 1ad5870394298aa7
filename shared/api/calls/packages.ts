import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { buildProgressSchema, issuedPackageSchema, packagePreviewSchema } from '../../domain/trust-views.ts';
import { call } from '../define-calls.ts';

const review = z.object({ reviewId: idSchema }).strict();

/** Review packages (评审包): built and signed by the coordinator, opened and imported by an expert. */
export const packagesCalls = {
  'packages:build': call({
    summary: '开始制作并签名评审包 (全体专家或一位专家)；用 packages:progress 查询进度',
    input: z.object({ reviewId: idSchema, forExpertId: idSchema.nullable() }).strict(),
    output: buildProgressSchema,
  }),
  'packages:progress': call({ summary: '评审包制作进度；完成后可从 outputs/<id> 下载', input: z.object({ jobId: z.string().max(64) }).strict(), output: buildProgressSchema }),
  'packages:issued': call({ summary: '本机为该评审活动发出的评审包', input: review, output: z.array(issuedPackageSchema) }),
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
} as const;
