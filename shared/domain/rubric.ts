import { z } from 'zod';
import { idSchema } from './id.ts';

/**
 * A level band (档次) of a criterion: a label such as 优/良/中/差, the inclusive range of points
 * it covers, and what a score in it means. A criterion's bands must give every valid score
 * exactly one band (checked by `validateRubric`).
 */
export const levelBandSchema = z.object({
  label: z.string().min(1).max(20),
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  description: z.string(),
});

/** A level band (档次) of a criterion. */
export type LevelBand = z.infer<typeof levelBandSchema>;

/**
 * When a criterion needs a comment: always, never, or when the score is at or below `lowPercent`
 * or at or above `highPercent` of the criterion's maximum (extremes must be justified).
 */
export const commentRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('never') }),
  z.object({
    kind: z.literal('extremes'),
    lowPercent: z.number().min(0).max(100),
    highPercent: z.number().min(0).max(100),
  }),
]);

/** When a criterion needs a comment. */
export type CommentRule = z.infer<typeof commentRuleSchema>;

/** A scored criterion (二级指标). */
export const criterionSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  /** 评分要点: what the expert looks for, quoting the call where it can. */
  guidance: z.string(),
  maxPoints: z.number().positive().max(1000),
  /** Scores are multiples of the step: 1, 0.5, 0.1 … */
  step: z.number().positive().max(100),
  bands: z.array(levelBandSchema),
  commentRule: commentRuleSchema,
  /** Words searched in the application's PDFs when the criterion is focused. */
  keywords: z.array(z.string().min(1)),
});

/** A scored criterion (二级指标). */
export type Criterion = z.infer<typeof criterionSchema>;

/** A section (一级指标) with its points, the sum of its criteria's maxima. */
export const rubricSectionSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  points: z.number().positive(),
  criteria: z.array(criterionSchema).min(1),
});

/** A section (一级指标). */
export type RubricSection = z.infer<typeof rubricSectionSchema>;

/** A non-scored item: 达标 (met) or 不达标 (not met), or a 一票否决 veto item. */
export const rubricItemSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  guidance: z.string(),
});

/** A non-scored item (达标 check or veto). */
export type RubricItem = z.infer<typeof rubricItemSchema>;

/** A scoring rubric (评分细则): sections of criteria, plus non-scored checks and veto items. */
export const rubricSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  totalPoints: z.number().positive(),
  sections: z.array(rubricSectionSchema).min(1),
  /** 达标/不达标 checks: recorded by the expert, not added to the score. */
  checks: z.array(rubricItemSchema),
  /** 一票否决: any one marked excludes the application from recommendation. */
  vetoes: z.array(rubricItemSchema),
});

/** A scoring rubric (评分细则). */
export type Rubric = z.infer<typeof rubricSchema>;
