import type { FormalCheckRuleId } from '../domain/formal-check-rules.ts';
import type { CheckedApplication, CheckOutcome, FormalCheckView, MaterialConclusion, ReviewStage, RuleResult } from '../domain/formal-check-view.ts';
import { checkVerdict, countResults, goesIntoPackages } from './check-verdict.ts';
import { ruleLabels } from './rule-labels.ts';

/** What the 形式审查结果表 is made of: the review's applications, its last run's results, the overrides and conclusions. */
export interface CheckViewInput {
  readonly reviewId: string;
  readonly stage: ReviewStage;
  readonly ranAt: string | null;
  /** The rules that ran (or would run), in order. */
  readonly rules: readonly FormalCheckRuleId[];
  readonly applications: readonly { readonly id: string; readonly applicant: string; readonly fieldId: string }[];
  readonly results: readonly (RuleResult & { readonly submissionId: string })[];
  readonly overrides: readonly { readonly submissionId: string; readonly rule: FormalCheckRuleId; readonly result: CheckOutcome; readonly overridden: CheckOutcome; readonly reason: string; readonly at: string }[];
  readonly conclusions: readonly { readonly submissionId: string; readonly conclusion: MaterialConclusion; readonly reason: string; readonly at: string }[];
}

/** The formal check as the coordinator sees it: per application each rule's result, its override, the verdict, the conclusion and whether packages carry it. */
export function assembleCheckView(input: CheckViewInput): FormalCheckView {
  const overrideOf = new Map(input.overrides.map((o) => [`${o.submissionId}\u0000${o.rule}`, o]));
  const conclusionOf = new Map(input.conclusions.map((c) => [c.submissionId, c]));
  const applications: CheckedApplication[] = input.applications.map((application) => {
    const results = input.results
      .filter((r) => r.submissionId === application.id)
      .map(({ submissionId: _, ...r }) => {
        const stored = overrideOf.get(`${application.id}\u0000${r.rule}`);
        const made = stored ? { result: stored.result, reason: stored.reason, at: stored.at, overridden: stored.overridden } : null;
        // An override answers the result it replaced: once a re-run says something else, it no longer counts.
        const counts = made !== null && made.overridden === r.result;
        return { ...r, override: counts ? made : null, lapsedOverride: counts ? null : made, effective: counts ? made.result : r.result };
      });
    const verdict = checkVerdict(results.map((r) => r.effective));
    const stored = conclusionOf.get(application.id);
    const conclusion = stored ? { conclusion: stored.conclusion, reason: stored.reason, at: stored.at } : null;
    return { submissionId: application.id, applicant: application.applicant, fieldId: application.fieldId, results, verdict, conclusion, inPackages: goesIntoPackages(verdict, conclusion?.conclusion ?? null) };
  });
  return {
    reviewId: input.reviewId,
    stage: input.stage,
    ranAt: input.ranAt,
    rules: input.rules.map((id) => ({ id, label: ruleLabels[id] })),
    applications,
    counts: countResults(applications.flatMap((a) => a.results)),
  };
}
