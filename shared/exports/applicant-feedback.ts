import type { ResultsExport } from './results-export.ts';
import { ruleFigure } from './printed-lists.ts';

/** What is sent back to one applicant (评审意见): its figure, its place, and the experts' comments without their names. */
export interface ApplicantFeedback {
  readonly submissionId: string;
  readonly applicant: string;
  readonly project: string;
  readonly category: string;
  /** How many applications the category ranked (those out of the ranking not counted). */
  readonly ranked: number;
  readonly rank: number | null;
  readonly tied: boolean;
  readonly score: number | null;
  readonly experts: number;
  /** Per criterion in the rubric's order: its title, its maximum, and the comments made on it. */
  readonly criteria: readonly { readonly title: string; readonly maxPoints: number; readonly comments: readonly string[] }[];
  readonly overall: readonly string[];
}

// Comments are sorted by their text, not kept in the experts' order: the order would tell which
// comments one expert wrote (and, with the roster, who), which the feedback must not.
const anonymous = (comments: readonly string[]) => [...new Set(comments.map((c) => c.trim()).filter((c) => c !== ''))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

/** The feedback of every application of the export, per category in rank order. */
export function applicantFeedback(results: ResultsExport): ApplicantFeedback[] {
  const projects = new Map(results.projects.map((p) => [p.submissionId, p.title]));
  const criteriaOf = new Map(results.criteria.map((c) => [c.categoryId, c.criteria]));
  return results.report.categories.flatMap((category) => {
    const ranked = category.ranking.filter((a) => a.rank !== null).length;
    return category.ranking.map((app) => {
      const counted = new Set(app.experts.map((e) => e.expertId));
      const scored = results.sheets.filter((s) => counted.has(s.expertId)).flatMap((s) => s.submissions.filter((x) => x.submissionId === app.submissionId));
      return {
        submissionId: app.submissionId,
        applicant: app.applicant,
        project: projects.get(app.submissionId) ?? '',
        category: category.name,
        ranked,
        rank: app.rank,
        tied: app.tied,
        score: ruleFigure(results, app),
        experts: app.experts.length,
        criteria: (criteriaOf.get(category.id) ?? []).map((c) => ({
          title: c.title,
          maxPoints: c.maxPoints,
          comments: anonymous(scored.flatMap((x) => x.scores.filter((s) => s.criterionId === c.id).map((s) => s.comment))),
        })),
        overall: anonymous(scored.map((x) => x.overallComment)),
      };
    });
  });
}
