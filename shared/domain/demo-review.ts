import { z } from 'zod';
import { idSchema } from './id.ts';
import { reviewFieldSchema, submissionSummarySchema } from './review.ts';
import type { ReviewField, SubmissionSummary } from './review.ts';

/** The demo file's format tag; a different major is refused rather than half-read. */
export const DEMO_REVIEW_FORMAT = 'pingshen.demo/1';

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, '不是有效的日期');

const paragraphsSchema = z.array(z.string().min(1)).min(1);

/** A section of the 申报书 body; level 2 sits under the preceding level-1 section (主要任务 → 六项任务). */
export const applicationSectionSchema = z.object({
  heading: z.string().min(1),
  level: z.union([z.literal(1), z.literal(2)]).optional(),
  paragraphs: paragraphsSchema,
});

/** A section of the 申报书 body. */
export type ApplicationSection = z.infer<typeof applicationSectionSchema>;

/** The demo text of one application: what its 申报书, 佐证材料 and 汇总表 row are made from. */
export const demoApplicationSchema = z.object({
  submissionId: idSchema,
  submittedOn: isoDateSchema,
  contact: z.object({ name: z.string().min(1), phone: z.string().min(1), email: z.string().min(1) }),
  summary: z.string().min(1),
  sections: z.array(applicationSectionSchema).min(1),
  figures: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.number().nonnegative()),
  /** 佐证材料: each item becomes a page of the evidence PDF. */
  evidence: z.array(z.object({ title: z.string().min(1), paragraphs: paragraphsSchema })),
});

/** The demo text of one application. */
export type DemoApplication = z.infer<typeof demoApplicationSchema>;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => (seen.has(value) ? true : (seen.add(value), false))))];
}

/** The built-in demo review (resources/demo/demo-review.json), format `pingshen.demo/1`. */
export const demoReviewSchema = z
  .object({
    format: z.literal(DEMO_REVIEW_FORMAT, { error: `不支持的演示数据格式，应为 ${DEMO_REVIEW_FORMAT}` }),
    review: z.object({
      id: idSchema,
      title: z.string().min(1),
      programTitle: z.string().min(1),
      documentNumber: z.string().min(1),
      deadline: isoDateSchema,
      /** Who runs the review (评审组织单位). */
      organisation: z.string().min(1),
      fields: z.array(reviewFieldSchema).min(1),
      submissions: z.array(submissionSummarySchema).min(1),
    }),
    applications: z.array(demoApplicationSchema).min(1),
  })
  .superRefine((demo, ctx) => {
    const { fields, submissions } = demo.review;
    for (const id of duplicates(fields.map((f) => f.id))) {
      ctx.addIssue({ code: 'custom', path: ['review', 'fields'], message: `领域 id 重复：${id}` });
    }
    for (const id of duplicates(submissions.map((s) => s.id))) {
      ctx.addIssue({ code: 'custom', path: ['review', 'submissions'], message: `申报 id 重复：${id}` });
    }
    for (const id of duplicates(demo.applications.map((a) => a.submissionId))) {
      ctx.addIssue({ code: 'custom', path: ['applications'], message: `申报 ${id} 的申报材料出现了不止一次` });
    }
    const fieldIds = new Set(fields.map((f) => f.id));
    submissions.forEach((s, index) => {
      if (!fieldIds.has(s.fieldId)) {
        ctx.addIssue({ code: 'custom', path: ['review', 'submissions', index, 'fieldId'], message: `申报 ${s.id} 的领域 ${s.fieldId} 不存在` });
      }
    });
    const submissionIds = new Set(submissions.map((s) => s.id));
    demo.applications.forEach((a, index) => {
      if (!submissionIds.has(a.submissionId)) {
        ctx.addIssue({ code: 'custom', path: ['applications', index, 'submissionId'], message: `申报材料对应的申报 ${a.submissionId} 不存在` });
      }
    });
    const withText = new Set(demo.applications.map((a) => a.submissionId));
    for (const s of submissions.filter((s) => !withText.has(s.id))) {
      ctx.addIssue({ code: 'custom', path: ['applications'], message: `申报 ${s.id} 缺少申报材料` });
    }
  });

/** The built-in demo review. */
export type DemoReview = z.infer<typeof demoReviewSchema>;

/** One application with its list entry and field, numbered (序号) in the order the review lists them. */
export interface DemoEntry {
  readonly index: number;
  readonly submission: SubmissionSummary;
  readonly field: ReviewField;
  readonly application: DemoApplication;
}

/** Joins each submission with its field and text, in list order; assumes a demo that passed the schema. */
export function demoEntries(demo: DemoReview): DemoEntry[] {
  return demo.review.submissions.map((submission, i) => {
    const field = demo.review.fields.find((f) => f.id === submission.fieldId);
    const application = demo.applications.find((a) => a.submissionId === submission.id);
    if (!field || !application) throw new Error(`演示数据不完整：申报 ${submission.id}`);
    return { index: i + 1, submission, field, application };
  });
}
