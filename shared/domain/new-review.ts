import { z } from 'zod';
import { idSchema } from './id.ts';

/** A review the coordinator starts from a program of the library: which categories, with which quotas, by when. */
export const newReviewSchema = z
  .object({
    title: z.string().trim().min(1, '请填写评审活动名称').max(200, '名称过长（最多 200 字）'),
    programId: idSchema,
    /** The program's categories taken, each with its quota (推荐名额; 0 = not fixed). */
    categories: z
      .array(z.object({ id: idSchema, quota: z.number().int('名额须为整数').min(0, '名额不能小于 0').max(10_000) }).strict())
      .min(1, '请至少选择一个领域')
      .max(200),
    /** ISO date, or '' where the call sets none. */
    deadline: z.union([z.literal(''), z.iso.date('请填写有效日期（如 2026-05-25）')]),
    /** The organisation that runs the review (评审组织单位), printed on the 结果表; '' where not named. */
    organisation: z.string().trim().max(200, '组织单位名称过长（最多 200 字）').optional(),
  })
  .strict();

/** A new review's choices. */
export type NewReviewInput = z.infer<typeof newReviewSchema>;
