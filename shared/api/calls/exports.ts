import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { resultsExportSchema } from '../../exports/results-export.ts';
import { call } from '../define-calls.ts';

/** What leaves the meeting room (结果导出): the data the printed pages show. */
export const exportsCalls = {
  'exports:get': call({
    summary: '结果导出所需的全部内容：合并结果、决定、计入的每份评分表 (逐项得分、评语、引用页码、公钥指纹、摘要)、评审包与评审结果摘要；给出 categoryId 时只含该领域',
    input: z.object({ reviewId: idSchema, categoryId: idSchema.optional() }).strict(),
    output: resultsExportSchema,
  }),
} as const;
