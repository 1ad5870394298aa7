import { z } from 'zod';
import { intakePreviewSchema } from './intake-preview.ts';

/** Where an intake scan stands: running (files and bytes read so far), done with its preview, failed, or cancelled. */
export const intakeProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  filesRead: z.number().int().nonnegative(),
  bytesRead: z.number().int().nonnegative(),
  /** The file being read. */
  current: z.string(),
  error: z.string().nullable(),
  preview: intakePreviewSchema.nullable(),
});

/** Where an intake scan stands. */
export type IntakeProgress = z.infer<typeof intakeProgressSchema>;

/** What a commit stored. */
export const intakeCommitSchema = z.object({
  batch: z.number().int().positive(),
  applications: z.array(
    z.object({
      key: z.string(),
      submissionId: z.string(),
      applicant: z.string(),
      categoryId: z.string(),
      supplement: z.boolean(),
      added: z.number().int().nonnegative(),
      replaced: z.number().int().nonnegative(),
    }),
  ),
  filesLeftOut: z.number().int().nonnegative(),
});
