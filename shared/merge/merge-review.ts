import type { Program } from '../domain/program.ts';
import type { Rubric } from '../domain/rubric.ts';
import type { ScoreSheet } from '../sheets/sheet-schema.ts';
import { aggregateApplication, type ApplicationAggregate, type ExpertScore, type MergeSettings } from './aggregate-application.ts';
import { rankCategory, type RankedApplication } from './rank-category.ts';

/** What the merge needs of the review: its categories (领域) with quotas, and its applications. */
export interface MergeReview {
  readonly fields: readonly { readonly id: string; readonly name: string; readonly quota: number }[];
  readonly submissions: readonly { readonly id: string; readonly fieldId: string; readonly applicant: string; readonly partners: readonly string[] }[];
}

/** One application after the merge: who counted, who recused, its aggregates, flags and place. */
export interface MergedApplication {
  readonly submissionId: string;
  readonly applicant: string;
  readonly partners: readonly string[];
  readonly aggregate: ApplicationAggregate;
  /** The counted experts' scores it was aggregated from (for the sensitivity report). */
  readonly scores: readonly ExpertScore[];
  readonly recused: readonly { readonly expertId: string; readonly name: string; readonly reason: string }[];
  readonly ranking: RankedApplication;
}

/** One category after the merge, its applications in ranking order (those out of the ranking last). */
export interface MergedCategory {
  readonly id: string;
  readonly name: string;
  readonly quota: number;
  readonly applications: readonly MergedApplication[];
}

/** The rubric a category is scored with. */
export function rubricOfCategory(program: Program, fieldId: string): Rubric {
  const rubricId = program.categories.find((c) => c.id === fieldId)?.rubricId;
  const rubric = program.rubrics.find((r) => r.id === rubricId);
  if (!rubric) throw new Error(`评审方案中没有领域「${fieldId}」的评分细则`);
  return rubric;
}

// Each sheet's submissions by id, indexed once: a large merge looks up every application in every sheet.
const scoredBySheet = new WeakMap<ScoreSheet, ReadonlyMap<string, ScoreSheet['submissions'][number]>>();

function scoredIn(sheet: ScoreSheet, submissionId: string): ScoreSheet['submissions'][number] | undefined {
  let index = scoredBySheet.get(sheet);
  if (index === undefined) {
    index = new Map(sheet.submissions.map((s) => [s.submissionId, s]));
    scoredBySheet.set(sheet, index);
  }
  return index.get(submissionId);
}

function expertScore(sheet: ScoreSheet, submissionId: string): ExpertScore | null {
  const scored = scoredIn(sheet, submissionId);
  if (!scored) return null;
  const { expert } = sheet;
  // Filled by loops, not from arrays of pairs: a large merge builds one of these per expert and application.
  const criteria = new Map<string, number>();
  for (const s of scored.scores) criteria.set(s.criterionId, s.score);
  const checks = new Map<string, 'met' | 'not-met'>();
  for (const c of scored.checks) checks.set(c.checkId, c.result);
  return { expertId: expert.id, name: expert.name, organisation: expert.organisation, total: scored.total, criteria, checks, vetoes: scored.vetoes };
}

/**
 * Merges the current signed sheets (one per expert, already verified against the review) into
 * per-category results: for each application, the experts who scored it (a recused expert is not
 * counted there), its aggregates by every rule and its flags; then each category ranked by the
 * program's rule and tie-breaks against its quota. A score on an application the expert was not
 * assigned does not count. Pure: the same sheets in any order give the same result.
 */
export function mergeReview(
  review: MergeReview,
  program: Program,
  sheets: readonly ScoreSheet[],
  settings: MergeSettings,
  assignments: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  formallyFailed: ReadonlyMap<string, readonly string[]> = new Map(),
): MergedCategory[] {
  // An expert's score counts only where they were assigned (where the roster says; a first-sight expert has no assignment to check).
  const assigned = (sheet: ScoreSheet, submissionId: string) => assignments.get(sheet.expert.id)?.has(submissionId) ?? true;
  // Experts in a fixed order, so nothing depends on the order the files came in.
  const ordered = [...sheets].sort((a, b) => (a.expert.id < b.expert.id ? -1 : a.expert.id > b.expert.id ? 1 : 0));
  return review.fields.map((field) => {
    const rubric = rubricOfCategory(program, field.id);
    const merged = review.submissions
      .filter((s) => s.fieldId === field.id)
      .map((s) => {
        const scores = ordered.flatMap((sheet) => (assigned(sheet, s.id) ? (expertScore(sheet, s.id) ?? []) : []));
        const recused = ordered.flatMap((sheet) => sheet.conflicts.filter((c) => c.submissionId === s.id).map((c) => ({ expertId: sheet.expert.id, name: sheet.expert.name, reason: c.reason })));
        return { submissionId: s.id, applicant: s.applicant, partners: s.partners, aggregate: aggregateApplication(scores, rubric, settings, [s.applicant, ...s.partners], formallyFailed.get(s.id) ?? null), scores, recused };
      });
    const ranking = rankCategory(merged, settings.aggregation, field.quota);
    const bySubmission = new Map(merged.map((m) => [m.submissionId, m]));
    const applications = ranking.map((r) => ({ ...(bySubmission.get(r.submissionId) as (typeof merged)[number]), ranking: r }));
    return { id: field.id, name: field.name, quota: field.quota, applications };
  });
}
