import { z } from 'zod';
import { idSchema } from './id.ts';
import { flagParamsSchema } from './merge-flag-params.ts';

/** One changed score of an expert between round 1 and now, with the reason the amended sheet gives (null: it gives none). */
export const roundChangeSchema = z.object({
  criterionId: idSchema,
  criterionTitle: z.string(),
  from: z.number().nullable(),
  to: z.number().nullable(),
  reason: z.string().nullable(),
});

/** One expert in a round: the counted sheet's version and total for the application (null: not counted then, or recused). */
export const roundExpertSchema = z.object({ expertId: idSchema, name: z.string(), version: z.number().int().nullable(), total: z.number().nullable() });

/** The figures of a round: the counted experts' totals' mean and range, as the merge computes them. */
export const roundFiguresSchema = z.object({ mean: z.number().nullable(), range: z.number().nullable(), panel: z.number().int() });

/**
 * A divergence round (分差复议) on one application: what the coordinator asked of which experts when it
 * was opened (round 1: the flags, every counted expert's version and total), the same now (round 2:
 * the versions the merge counts since), each concerned expert's changed scores with their reasons,
 * and the closing note. Kept when closed: the flag's history is never lost.
 */
export const mergeDiscussionSchema = z.object({
  id: z.number().int().positive(),
  submissionId: idSchema,
  applicant: z.string(),
  categoryId: idSchema,
  openedAt: z.string(),
  note: z.string(),
  /** The experts asked to reconsider. */
  experts: z.array(z.object({ expertId: idSchema, name: z.string() })),
  round1: z.object({ flags: z.array(z.object({ kind: z.string(), reason: z.string(), params: flagParamsSchema })), experts: z.array(roundExpertSchema), figures: roundFiguresSchema }),
  now: z.object({ flags: z.array(z.object({ kind: z.string(), reason: z.string(), params: flagParamsSchema })), experts: z.array(roundExpertSchema), figures: roundFiguresSchema }),
  /** Per concerned expert, the scores that changed since round 1 (empty: none yet, or confirmed as they were). */
  changes: z.array(z.object({ expertId: idSchema, confirmed: z.array(z.object({ criterionId: idSchema, criterionTitle: z.string(), reason: z.string() })), changed: z.array(roundChangeSchema) })),
  closed: z.object({ at: z.string(), note: z.string() }).nullable(),
});

/** A divergence round on one application. */
export type MergeDiscussion = z.infer<typeof mergeDiscussionSchema>;
/** One expert's standing in a round. */
export type RoundExpert = z.infer<typeof roundExpertSchema>;
