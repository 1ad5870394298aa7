import { z } from 'zod';
import { idSchema } from './id.ts';
import { mergeDiscussionSchema } from './merge-discussion.ts';
import { flagParamsSchema } from './merge-flag-params.ts';

const figure = z.number().nullable();

export { flagParamsSchema, type FlagParams } from './merge-flag-params.ts';

/** One application in a merged category: its place, every rule's figure, the experts counted, the recused, the flags. */
export const mergedApplicationViewSchema = z.object({
  submissionId: idSchema,
  applicant: z.string(),
  partners: z.array(z.string()),
  rank: z.number().int().positive().nullable(),
  tied: z.boolean(),
  standing: z.enum(['within-quota', 'tie-at-quota-line', 'reserve', 'excluded']),
  aggregates: z.object({ mean: figure, trimmedMean: figure, trimmedMeanApplied: z.boolean(), median: figure, range: figure, stdDev: figure }),
  experts: z.array(z.object({ expertId: idSchema, name: z.string(), total: z.number() })),
  recused: z.array(z.object({ expertId: idSchema, name: z.string(), reason: z.string() })),
  /** Each flag: its code, its Chinese sentence (as the CLI prints it), and its parameters (for the screen's language). */
  flags: z.array(z.object({ kind: z.string(), reason: z.string(), params: flagParamsSchema })),
});

/** One category (领域) after the merge, in ranking order. */
export const mergedCategoryViewSchema = z.object({ id: idSchema, name: z.string(), quota: z.number().int().nonnegative(), ranking: z.array(mergedApplicationViewSchema) });

/** A merge as the CLI's --json prints it and the merge screen shows it (docs/merge.md). */
export const mergeReportSchema = z.object({
  reviewId: idSchema,
  rule: z.string(),
  categories: z.array(mergedCategoryViewSchema),
  counted: z.array(z.object({ file: z.string(), expertId: idSchema, version: z.number().int(), digest: z.string(), fingerprint: z.string(), firstSight: z.boolean() })),
  refused: z.array(z.object({ file: z.string(), code: z.string(), reason: z.string(), fingerprint: z.string().nullable() })),
  superseded: z.array(z.object({ file: z.string(), by: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), of: z.string() })),
});

/** A merge report. */
export type MergeReport = z.infer<typeof mergeReportSchema>;

/** One cell of the merge board: an expert's sheet for a category. */
export const boardCellSchema = z.object({
  categoryId: idSchema,
  /** received: a current sheet covers it; missing: assigned, no sheet yet; recused: every assigned application recused; conflict: two sheets of one version; held: a sheet waits for its key to be confirmed; none: nothing assigned. */
  state: z.enum(['received', 'missing', 'recused', 'conflict', 'held', 'none']),
  version: z.number().int().nullable(),
  signedAt: z.string().nullable(),
});

/** The merge board: experts × categories, so the coordinator sees whose sheet is still out. */
export const mergeBoardSchema = z.array(z.object({ expertId: idSchema, name: z.string(), onRoster: z.boolean(), cells: z.array(boardCellSchema) }));

/** The merge board. */
export type MergeBoard = z.infer<typeof mergeBoardSchema>;

/** A decision the coordinator recorded for an application, with the reason where it departs from the ranking. */
export const mergeDecisionSchema = z.object({
  submissionId: idSchema,
  decision: z.enum(['recommend', 'reserve', 'reject']),
  reason: z.string(),
  decidedAt: z.string(),
});

/** A recorded decision. */
export type MergeDecision = z.infer<typeof mergeDecisionSchema>;

/** A reason by its catalogue code and parameters (`shared/errors/reason.ts`), which the screen says in the UI's language. */
const reasonSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/** A stored sheet held back until the coordinator acts: its key to confirm (fingerprint), or a choice between different sheets of one version. */
export const heldSheetSchema = z.object({
  kind: z.enum(['key', 'conflict']),
  file: z.string(),
  digest: z.string(),
  expertId: idSchema,
  name: z.string(),
  version: z.number().int(),
  fingerprint: z.string(),
  /** In Chinese, as the audit keeps it. */
  reason: z.string(),
  /** The same reason by its code: a key not enrolled yet, or one that differs from the enrolled key. */
  why: reasonSchema,
  /** For a conflict: the other sheets of the same version, which this one names. */
  others: z.array(z.object({ file: z.string(), digest: z.string() })),
});

/** A held sheet. */
export type HeldSheet = z.infer<typeof heldSheetSchema>;

/** What the merge screen shows: the board, the merge, the decisions, and what the last drop took and refused. */
export const mergeViewSchema = z.object({
  board: mergeBoardSchema,
  report: mergeReportSchema,
  decisions: z.array(mergeDecisionSchema),
  /** Categories whose list the coordinator marked final (their decisions are locked), with when. */
  finals: z.array(z.object({ categoryId: idSchema, finalizedAt: z.string() })),
  /** How this review merges: the rule that ranks (the review's own, or its program's), where the trimmed mean trims, and the program's trim settings. */
  settings: z.object({
    rule: z.enum(['mean', 'trimmed-mean', 'median']),
    programRule: z.enum(['mean', 'trimmed-mean', 'median']),
    trimOn: z.enum(['totals', 'criteria']),
    trimCount: z.number().int(),
    trimMinimumPanel: z.number().int(),
  }),
  /** Stored sheets held back until the coordinator confirms a key or chooses between sheets of one version. */
  held: z.array(heldSheetSchema),
  /** Sheets of a version for which the coordinator chose another: kept as history, not counted. */
  notChosen: z.array(z.object({ file: z.string(), expertId: idSchema, version: z.number().int(), chosen: z.string() })),
  /** The divergence rounds (分差复议) opened on applications, oldest first; closed ones kept. */
  discussions: z.array(mergeDiscussionSchema),
  /** The files of the last drop: how many were new, how many of those are held back, and which were refused (not stored) and why. */
  lastDrop: z
    .object({
      stored: z.number().int(),
      held: z.number().int(),
      unchanged: z.number().int(),
      refused: z.array(
        z.object({
          file: z.string(),
          /** In Chinese, as the audit keeps it. */
          reason: z.string(),
          /** The same reason by its catalogue code and parameters, which the screen says in the UI's language. */
          why: reasonSchema,
          fingerprint: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
});

/** What the merge screen shows. */
export type MergeView = z.infer<typeof mergeViewSchema>;
