import { z } from 'zod';
import { formalCheckRuleIds } from './formal-check-rules.ts';
import { idSchema } from './id.ts';

/** What a formal-check rule found for one application: passed, failed, or worth a look (warn). */
export const checkOutcomeSchema = z.enum(['pass', 'fail', 'warn']);

/** What a formal-check rule found for one application. */
export type CheckOutcome = z.infer<typeof checkOutcomeSchema>;

/** Where a finding can be seen: a stored file, a page of it (1-based), a cell or row of a sheet. */
export const checkEvidenceSchema = z
  .object({ documentId: z.string().optional(), page: z.number().int().positive().optional(), cell: z.string().optional() })
  .strict();

/** Where a finding can be seen. */
export type CheckEvidence = z.infer<typeof checkEvidenceSchema>;

/** One rule's result for one application, with the reason in Chinese naming the file, page or cell. */
export const ruleResultSchema = z.object({
  rule: z.enum(formalCheckRuleIds),
  result: checkOutcomeSchema,
  reason: z.string(),
  evidence: z.array(checkEvidenceSchema),
});

/** One rule's result for one application. */
export type RuleResult = z.infer<typeof ruleResultSchema>;

/** The review stages of issue 11 §1: 形式审查 → 材料审核 → 专家评议 → 汇总 → 完成. */
export const reviewStages = ['formal-check', 'material-review', 'expert-review', 'summary', 'done'] as const;

/** A review's stage. */
export const reviewStageSchema = z.enum(reviewStages);

/** A review's stage. */
export type ReviewStage = z.infer<typeof reviewStageSchema>;

/** The 材料审核 conclusion for an application: 通过, 补正 (supplement asked for), 不通过. */
export const materialConclusionSchema = z.enum(['pass', 'supplement', 'reject']);

/** The 材料审核 conclusion for an application. */
export type MaterialConclusion = z.infer<typeof materialConclusionSchema>;

/**
 * Where an application stands after the formal check: `fail` when any effective result fails,
 * `pending` while a warning is not yet settled by an override, `pass` otherwise; `unchecked` before any run.
 */
export const checkVerdictSchema = z.enum(['pass', 'fail', 'pending', 'unchecked']);

/** Where an application stands after the formal check. */
export type CheckVerdict = z.infer<typeof checkVerdictSchema>;

/** A rule's result as the coordinator sees it: the automatic one, and the override that replaces it, if any (only while the automatic result is still the one it replaced). */
export const checkedRuleSchema = ruleResultSchema.extend({
  override: z
    .object({ result: checkOutcomeSchema, reason: z.string(), at: z.string(), overridden: checkOutcomeSchema })
    .strict()
    .nullable(),
  /**
   * An override made when the check said something else than it says now (a re-run after a 补正
   * changed the result): kept and shown, but no longer counted; the coordinator decides again.
   */
  lapsedOverride: z
    .object({ result: checkOutcomeSchema, reason: z.string(), at: z.string(), overridden: checkOutcomeSchema })
    .strict()
    .nullable(),
  /** The override's result where there is one, else the automatic result. */
  effective: checkOutcomeSchema,
});

/** A rule's result as the coordinator sees it. */
export type CheckedRule = z.infer<typeof checkedRuleSchema>;

/** One application in the 形式审查结果表. */
export const checkedApplicationSchema = z.object({
  submissionId: idSchema,
  applicant: z.string(),
  fieldId: idSchema,
  results: z.array(checkedRuleSchema),
  verdict: checkVerdictSchema,
  conclusion: z.object({ conclusion: materialConclusionSchema, reason: z.string(), at: z.string() }).strict().nullable(),
  /** Whether review packages carry it: not when it failed (unless overridden) or was concluded 不通过. */
  inPackages: z.boolean(),
});

/** One application in the 形式审查结果表. */
export type CheckedApplication = z.infer<typeof checkedApplicationSchema>;

/** The formal check of a review: its stage, when it last ran, the rules that ran, and every application's results. */
export const formalCheckViewSchema = z.object({
  reviewId: idSchema,
  stage: reviewStageSchema,
  ranAt: z.string().nullable(),
  rules: z.array(z.object({ id: z.enum(formalCheckRuleIds), label: z.string() }).strict()),
  applications: z.array(checkedApplicationSchema),
  counts: z.object({ pass: z.number().int(), fail: z.number().int(), warn: z.number().int() }).strict(),
});

/** The formal check of a review. */
export type FormalCheckView = z.infer<typeof formalCheckViewSchema>;
