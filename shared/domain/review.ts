import { z } from 'zod';
import { reviewStageSchema } from './formal-check-view.ts';
import { idSchema } from './id.ts';

/** A field (领域) of a review, with its lead institutions and recommendation quota. */
export const reviewFieldSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  leadInstitutions: z.array(z.string().min(1)),
  quota: z.number().int().nonnegative(),
});

/** A field (领域) of a review. */
export type ReviewField = z.infer<typeof reviewFieldSchema>;

/** One application (申报) as the review lists it. */
export const submissionSummarySchema = z.object({
  id: idSchema,
  fieldId: idSchema,
  applicant: z.string().min(1),
  partners: z.array(z.string()),
  title: z.string().min(1),
  applicantType: z.string(),
});

/** One application (申报) as the review lists it. */
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

/** A review (评审活动) as the home screen lists it. */
export const reviewSummarySchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  programTitle: z.string(),
  documentNumber: z.string(),
  isDemo: z.boolean(),
  /** When the coordinator archived it (listed apart on the home screen); null while in use. */
  archivedAt: z.string().nullable(),
  fieldCount: z.number().int().nonnegative(),
  submissionCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** 形式审查 → 材料审核 → 专家评议 → 汇总 → 完成. */
  stage: reviewStageSchema,
});

/** A review (评审活动) as the home screen lists it. */
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

/** A review with its fields and applications. */
export const reviewDetailSchema = reviewSummarySchema.extend({
  deadline: z.string(),
  /** The organisation that runs the review (评审组织单位); '' where not named. */
  organisation: z.string(),
  fields: z.array(reviewFieldSchema),
  submissions: z.array(submissionSummarySchema),
});

/** A review with its fields and applications. */
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;

/** What deleting a review removes, named in the confirmation. */
export const reviewDeletionSchema = z.object({
  reviewId: idSchema,
  title: z.string(),
  submissions: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  experts: z.number().int().nonnegative(),
  scores: z.number().int().nonnegative(),
  signedSheets: z.number().int().nonnegative(),
  receivedSheets: z.number().int().nonnegative(),
});

/** What deleting a review removes. */
export type ReviewDeletion = z.infer<typeof reviewDeletionSchema>;
