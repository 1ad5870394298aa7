import { z } from 'zod';
import { idSchema } from './id.ts';
import { scoringStatusSchema } from './scoring.ts';

/** One submission's line in the consistency review. */
export const consistencyLineSchema = z.object({
  submissionId: idSchema,
  applicant: z.string(),
  total: z.number(),
  status: scoringStatusSchema,
  /** Place within the field by total (equal totals share it, 并列); null for recused and unscored submissions. */
  rank: z.number().int().positive().nullable(),
  /** Another ranked submission of the field has the same total. */
  tied: z.boolean(),
  /** Distance from the expert's own mean in standard deviations (null when it cannot be computed). */
  z: z.number().nullable(),
  outlier: z.boolean(),
  missingScores: z.array(z.string()),
  missingComments: z.array(z.string()),
  /** Documents never opened, and for the others the pages never seen (where the page count is known). */
  unopenedDocuments: z.array(z.string()),
  unseenPages: z.array(z.object({ documentId: z.string(), pages: z.array(z.number().int()) })),
});

/** One submission's line in the consistency review. */
export type ConsistencyLine = z.infer<typeof consistencyLineSchema>;

/** What the expert reviews before signing: their ranking per field, spread, outliers, gaps. */
export const consistencyReportSchema = z.object({
  fields: z.array(z.object({ fieldId: idSchema, name: z.string(), ranked: z.array(consistencyLineSchema) })),
  /** Mean and standard deviation of the expert's totals, rounded half up to 2 decimals (once, here). */
  mean: z.number().nullable(),
  stdDev: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** True when nothing blocks signing: every submission complete or recused. */
  readyToSign: z.boolean(),
});

/** What the expert reviews before signing. */
export type ConsistencyReport = z.infer<typeof consistencyReportSchema>;
