import { z } from 'zod';
import { idSchema } from '../domain/id.ts';
import { mergeDecisionSchema, mergeReportSchema } from '../domain/merge-view.ts';

/** One criterion of a category's rubric, in the rubric's order, with its section. */
export const exportCriterionSchema = z.object({ id: idSchema, title: z.string(), section: z.string(), maxPoints: z.number() });

/** One expert's scores of one application: per criterion the score, comment and cited pages as text. */
export const exportScoredSchema = z.object({
  submissionId: idSchema,
  total: z.number(),
  overallComment: z.string(),
  scores: z.array(z.object({ criterionId: idSchema, score: z.number(), comment: z.string(), pages: z.string() })),
});

/** A counted sheet as the exports show it: who signed it, with which key, which version and what it replaced, and what it scored. */
export const exportSheetSchema = z.object({
  expertId: idSchema,
  name: z.string(),
  organisation: z.string(),
  fingerprint: z.string(),
  firstSight: z.boolean(),
  version: z.number().int(),
  signedAt: z.string(),
  digest: z.string(),
  file: z.string(),
  /** Older versions of this expert's sheet, kept as history and not counted. */
  superseded: z.array(z.object({ version: z.number().int(), digest: z.string(), file: z.string() })),
  conflicts: z.array(z.object({ submissionId: idSchema, reason: z.string() })),
  submissions: z.array(exportScoredSchema),
});

/**
 * Everything the results leave the meeting room with (the workbook's sheets and the printed pages):
 * the review, how it aggregates, the merge, the decisions, every counted sheet with its scores and
 * comments, the packages' digests and the signed result's digest where the result is signed.
 */
export const resultsExportSchema = z.object({
  reviewId: idSchema,
  title: z.string(),
  programTitle: z.string(),
  documentNumber: z.string(),
  rule: z.enum(['mean', 'trimmed-mean', 'median']),
  trimCount: z.number().int().nonnegative(),
  trimMinimumPanel: z.number().int().nonnegative(),
  /** Where the trimmed mean drops the highest and lowest: the experts' totals, or each criterion's scores. */
  trimOn: z.enum(['totals', 'criteria']),
  report: mergeReportSchema,
  decisions: z.array(mergeDecisionSchema),
  /** Each application's project name (项目名称), for the public notice. */
  projects: z.array(z.object({ submissionId: idSchema, title: z.string() })),
  /** Per category, its rubric's criteria in order. */
  criteria: z.array(z.object({ categoryId: idSchema, criteria: z.array(exportCriterionSchema) })),
  sheets: z.array(exportSheetSchema),
  packageDigests: z.array(z.string()),
  result: z.object({ digest: z.string(), signedAt: z.string() }).nullable(),
});

/** What the exports are made of. */
export type ResultsExport = z.infer<typeof resultsExportSchema>;
/** One criterion of a category's rubric, as the exports show it. */
export type ExportCriterion = z.infer<typeof exportCriterionSchema>;
/** A counted sheet as the exports show it. */
export type ExportSheet = z.infer<typeof exportSheetSchema>;
