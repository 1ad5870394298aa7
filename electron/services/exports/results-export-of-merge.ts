import type { MergeDecision } from '../../../shared/domain/merge-view.ts';
import { citedPages } from '../../../shared/exports/cited-pages.ts';
import type { ExportSheet, ResultsExport } from '../../../shared/exports/results-export.ts';
import { rubricOfCategory } from '../../../shared/merge/merge-review.ts';
import { mergeReportJson } from '../merge/merge-report.ts';
import type { MergeContext, MergeOutcome, VerifiedSheet } from '../merge/merge-sheets.ts';

/** What the merge does not know of the review: its names, the recorded decisions, the documents' titles, the signed result. */
export interface ExportFacts {
  readonly title: string;
  readonly programTitle: string;
  readonly documentNumber: string;
  readonly decisions: readonly MergeDecision[];
  /** Application id → its project name (项目名称). */
  readonly projectTitles: ReadonlyMap<string, string>;
  /** Document id (its SHA-256) → its title, for the cited pages. */
  readonly documentTitles: ReadonlyMap<string, string>;
  readonly result: { readonly digest: string; readonly signedAt: string } | null;
}

/**
 * The export of a merge, the same in the app and the command line: the report, and for every
 * counted sheet who signed it with which key, the versions it superseded and its scores, comments
 * and cited pages, read from the verified sheets themselves.
 */
export function resultsExportOfMerge(outcome: MergeOutcome, verified: readonly VerifiedSheet[], context: MergeContext, facts: ExportFacts): ResultsExport {
  const { aggregation } = context.settings;
  const bySource = new Map(verified.map((v) => [v.source, v]));
  const titleOf = (id: string) => facts.documentTitles.get(id) ?? `文档 ${id.slice(0, 8)}`;
  const sheets: ExportSheet[] = outcome.counted.map((c) => {
    const sheet = bySource.get(c.source)?.sheet;
    if (!sheet) throw new Error(`计入的评分表 ${c.source} 不在已验证的评分表中`);
    const superseded = outcome.superseded
      .filter((s) => s.by === c.source)
      .map((s) => ({ version: s.version, digest: bySource.get(s.source)?.digest ?? '', file: s.source }))
      .sort((a, b) => a.version - b.version);
    return {
      expertId: c.expertId,
      name: c.name,
      organisation: sheet.expert.organisation,
      fingerprint: c.fingerprint,
      firstSight: c.firstSight,
      version: c.version,
      signedAt: c.signedAt,
      digest: c.digest,
      file: c.source,
      superseded,
      conflicts: sheet.conflicts.map((x) => ({ submissionId: x.submissionId, reason: x.reason })),
      submissions: sheet.submissions.map((x) => ({
        submissionId: x.submissionId,
        total: x.total,
        overallComment: x.overallComment,
        scores: x.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment, pages: citedPages(s.evidence, titleOf) })),
      })),
    };
  });
  return {
    reviewId: context.reviewId,
    title: facts.title,
    programTitle: facts.programTitle,
    documentNumber: facts.documentNumber,
    rule: aggregation.rule,
    trimCount: aggregation.trimCount,
    trimMinimumPanel: aggregation.trimMinimumPanel,
    trimOn: context.settings.trimOn,
    report: mergeReportJson(outcome, context.reviewId, aggregation.rule),
    decisions: [...facts.decisions],
    projects: context.review.submissions.map((s) => ({ submissionId: s.id, title: facts.projectTitles.get(s.id) ?? '' })),
    criteria: context.review.fields.map((f) => ({
      categoryId: f.id,
      criteria: rubricOfCategory(context.program, f.id).sections.flatMap((s) => s.criteria.map((c) => ({ id: c.id, title: c.title, section: s.title, maxPoints: c.maxPoints }))),
    })),
    sheets,
    packageDigests: [...context.packageDigests].sort(),
    result: facts.result,
  };
}
