import type { ResultsExport } from './results-export.ts';

/**
 * The export narrowed to one category (领域), for a file per category: its ranking, decisions and
 * criteria, and the sheets that scored or recused from its applications (each sheet is signed whole,
 * so its digest stands for all of it; only this category's scores are shown).
 */
export function resultsExportOfCategory(results: ResultsExport, categoryId: string): ResultsExport | null {
  const category = results.report.categories.find((c) => c.id === categoryId);
  if (!category) return null;
  const ids = new Set(category.ranking.map((a) => a.submissionId));
  const sheets = results.sheets
    .map((s) => ({ ...s, submissions: s.submissions.filter((x) => ids.has(x.submissionId)), conflicts: s.conflicts.filter((c) => ids.has(c.submissionId)) }))
    .filter((s) => s.submissions.length > 0 || s.conflicts.length > 0);
  const experts = new Set(sheets.map((s) => s.expertId));
  return {
    ...results,
    report: { ...results.report, categories: [category], counted: results.report.counted.filter((c) => experts.has(c.expertId)) },
    decisions: results.decisions.filter((d) => ids.has(d.submissionId)),
    projects: results.projects.filter((p) => ids.has(p.submissionId)),
    criteria: results.criteria.filter((c) => c.categoryId === categoryId),
    sheets,
  };
}
