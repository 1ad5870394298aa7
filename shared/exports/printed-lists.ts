import { suggestedDecision, type Decision } from '../merge/decisions.ts';
import type { ResultsExport } from './results-export.ts';

/** One application on a printed list: what the department's 推荐名单 and 公示名单 show. */
export interface ListedApplication {
  readonly serial: number;
  readonly submissionId: string;
  readonly applicant: string;
  readonly partners: readonly string[];
  readonly project: string;
  /** The figure by the review's rule (四舍五入 to 2 decimals, as the merge published it). */
  readonly score: number | null;
  readonly note: string;
}

/** One category's printed list. */
export interface ListedCategory {
  readonly id: string;
  readonly name: string;
  readonly quota: number;
  readonly final: boolean;
  readonly applications: readonly ListedApplication[];
}

type Ranked = ResultsExport['report']['categories'][number]['ranking'][number];

/** The figure of the review's rule for an application. */
export function ruleFigure(results: Pick<ResultsExport, 'rule'>, app: Ranked): number | null {
  return results.rule === 'mean' ? app.aggregates.mean : results.rule === 'median' ? app.aggregates.median : app.aggregates.trimmedMean;
}

/** The decision that stands for an application: the recorded one, else the ranking's suggestion (null at a tie across the quota line). */
export function standingDecision(results: Pick<ResultsExport, 'decisions'>, app: Ranked): { decision: Decision | null; recorded: boolean; reason: string } {
  const recorded = results.decisions.find((d) => d.submissionId === app.submissionId);
  return recorded ? { decision: recorded.decision, recorded: true, reason: recorded.reason } : { decision: suggestedDecision(app.standing), recorded: false, reason: '' };
}

/**
 * The 推荐名单 (and 公示名单) per category: the applications recommended (recorded, or suggested by
 * the ranking where nothing is recorded yet), in rank order, numbered from 1 in each category; the
 * note is the decision's reason, or 并列 where the rank is shared.
 */
export function recommendedLists(results: ResultsExport): ListedCategory[] {
  const projects = new Map(results.projects.map((p) => [p.submissionId, p.title]));
  return results.report.categories.map((c) => {
    const recommended = c.ranking.filter((a) => standingDecision(results, a).decision === 'recommend');
    return {
      id: c.id,
      name: c.name,
      quota: c.quota,
      final: c.ranking.every((a) => standingDecision(results, a).recorded),
      applications: recommended.map((a, i) => {
        const { reason } = standingDecision(results, a);
        return {
          serial: i + 1, submissionId: a.submissionId, applicant: a.applicant, partners: a.partners, project: projects.get(a.submissionId) ?? '',
          score: ruleFigure(results, a), note: [a.tied ? `第 ${String(a.rank)} 名（并列）` : '', reason].filter(Boolean).join('；'),
        };
      }),
    };
  });
}
