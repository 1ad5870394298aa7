import { z } from 'zod';
import { documentIdSchema } from './document.ts';
import { idSchema } from './id.ts';

/** A citation of a page (and optionally quoted text) as evidence for a criterion. */
export const evidenceSchema = z.object({
  id: z.number().int().positive(),
  criterionId: idSchema,
  documentId: documentIdSchema,
  page: z.number().int().min(1),
  quote: z.string().max(2000),
  createdAt: z.string(),
});

/** A citation of a page as evidence for a criterion. */
export type Evidence = z.infer<typeof evidenceSchema>;

/** A declared conflict of interest (回避). */
export const conflictSchema = z.object({ reason: z.string().min(1).max(500), declaredAt: z.string() });

/** Everything the expert entered for one submission, and what they have read of it. */
export const submissionScoringSchema = z.object({
  reviewId: idSchema,
  submissionId: idSchema,
  rubricId: idSchema,
  entry: z.object({
    scores: z.record(z.string(), z.number().nullable()),
    comments: z.record(z.string(), z.string()),
    checks: z.record(z.string(), z.enum(['met', 'not-met']).nullable()),
    vetoes: z.record(z.string(), z.boolean()),
  }),
  evidence: z.array(evidenceSchema),
  conflict: conflictSchema.nullable(),
  overallComment: z.string(),
  /** Pages seen, per document id. */
  visitedPages: z.record(z.string(), z.array(z.number().int().min(1))),
  /** The applicant's committed figures (汇总表), by outcome-floor id. */
  figures: z.record(z.string(), z.number()),
});

/** Everything the expert entered for one submission. */
export type SubmissionScoring = z.infer<typeof submissionScoringSchema>;

/** Where the expert stands on a submission. */
export const scoringStatusSchema = z.enum(['not-started', 'in-progress', 'complete', 'conflict']);

/** One row of the expert's submission list. */
export const scoringOverviewRowSchema = z.object({
  submissionId: idSchema,
  status: scoringStatusSchema,
  total: z.number(),
  maxTotal: z.number(),
  scoredCriteria: z.number().int(),
  totalCriteria: z.number().int(),
  missingComments: z.number().int(),
  unreadDocuments: z.number().int(),
  vetoed: z.boolean(),
});

/** One row of the expert's submission list. */
export type ScoringOverviewRow = z.infer<typeof scoringOverviewRowSchema>;

/** One edit of the expert's work; every kind is saved in its own durable transaction. */
export const scoringEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('score'), criterionId: idSchema, score: z.number().finite().nullable() }),
  z.object({ kind: z.literal('comment'), criterionId: idSchema, comment: z.string().max(20_000) }),
  z.object({ kind: z.literal('check'), itemId: idSchema, value: z.enum(['met', 'not-met']).nullable() }),
  z.object({ kind: z.literal('veto'), itemId: idSchema, value: z.boolean() }),
  z.object({ kind: z.literal('overall-comment'), comment: z.string().max(20_000) }),
]);

/** One edit of the expert's work. */
export type ScoringEdit = z.infer<typeof scoringEditSchema>;
