import { z } from 'zod';
import { idSchema } from './id.ts';

const change = { changed: z.boolean(), entering: z.array(idSchema), leaving: z.array(idSchema), tied: z.array(idSchema) };

/** One category's sensitivity report (docs/merge.md): the recommended set under every other rule, leaving each expert out, and near the cut line. */
export const categorySensitivitySchema = z.object({
  categoryId: idSchema,
  recommended: z.array(idSchema),
  rules: z.array(z.object({ rule: z.enum(['mean', 'trimmed-mean', 'median', 'normalised']), ...change })),
  leaveOneOut: z.array(z.object({ expertId: idSchema, name: z.string(), ...change })),
  nearCut: z.array(z.object({ submissionId: idSchema, figure: z.number(), distance: z.number(), swing: z.number(), expertId: idSchema, name: z.string() })),
  cutLine: z.number().nullable(),
  normalised: z.array(z.object({ submissionId: idSchema, value: z.number().nullable() })),
  robust: z.boolean(),
});

/** One category's sensitivity report. */
export type CategorySensitivity = z.infer<typeof categorySensitivitySchema>;

/** The sensitivity report of every category of a review. */
export const mergeSensitivitySchema = z.object({ rule: z.enum(['mean', 'trimmed-mean', 'median']), categories: z.array(categorySensitivitySchema) });

/** A review's sensitivity report. */
export type MergeSensitivity = z.infer<typeof mergeSensitivitySchema>;
