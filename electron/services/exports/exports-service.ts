import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { ResultsExport } from '../../../shared/exports/results-export.ts';
import { resultsExportOfCategory } from '../../../shared/exports/results-export-of-category.ts';
import { appendAudit } from '../db/audit-log.ts';
import { readRun } from '../formal-check/formal-check-repository.ts';
import { formalCheckViewOf } from '../formal-check/formal-check-service.ts';
import { listDecisions } from '../merge/merge-repository.ts';
import { mergeStateOf } from '../merge/merge-service.ts';
import { requireReview } from '../reviews/require-review.ts';
import { documentTitlesOfReview, lastSignedResult } from './exports-repository.ts';
import { resultsExportOfMerge } from './results-export-of-merge.ts';
import { formalCheckOfCategory, type FormalCheckXlsxInput } from './formal-check-xlsx.ts';
import { resultsWorkbook } from './results-workbook.ts';

/** What the exports of a review held here are made of: the merge exactly as the merge screen shows it (held sheets left out), with the decisions and the signed result's digest. */
export function resultsExportOfReview(db: Database, reviewId: string): ResultsExport {
  const review = requireReview(db, reviewId);
  const { context, sheets, outcome } = mergeStateOf(db, reviewId);
  return resultsExportOfMerge(outcome, sheets, context, {
    title: review.title,
    programTitle: review.programTitle,
    documentNumber: review.documentNumber,
    decisions: listDecisions(db, reviewId),
    projectTitles: new Map(review.submissions.map((s) => [s.id, s.title])),
    documentTitles: documentTitlesOfReview(db, reviewId),
    result: lastSignedResult(db, reviewId),
  });
}

/** The export of a whole review, or of one category (领域) where `categoryId` is given. */
export function resultsExportOf(db: Database, reviewId: string, categoryId?: string): ResultsExport {
  const results = resultsExportOfReview(db, reviewId);
  if (categoryId === undefined) return results;
  const narrowed = resultsExportOfCategory(results, categoryId);
  if (!narrowed) throw domainError('merge.no-category', { categoryId });
  return narrowed;
}

/** The review's 形式审查结果表 for the results workbook (narrowed to a category where given), or null where no check has run. */
function formalCheckOfReview(db: Database, reviewId: string, categoryId?: string): FormalCheckXlsxInput | null {
  if (readRun(db, reviewId) === null) return null;
  const review = requireReview(db, reviewId);
  const input = { title: review.title, organisation: review.organisation, documentNumber: review.documentNumber, deadline: review.deadline, fieldNames: new Map(review.fields.map((f) => [f.id, f.name])), view: formalCheckViewOf(db, reviewId) };
  return categoryId === undefined ? input : formalCheckOfCategory(input, categoryId);
}

/** The results workbook of a review (or of one category), named after it; audited with the digests of the sheets it rests on. */
export async function exportResultsXlsx(db: Database, reviewId: string, categoryId?: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const results = resultsExportOf(db, reviewId, categoryId);
  if (results.report.counted.length === 0) throw domainError('merge.no-sheets-to-export', {});
  const bytes = await resultsWorkbook(results, { formalCheck: formalCheckOfReview(db, reviewId, categoryId) });
  appendAudit(db, 'merge.exported', reviewId, { format: 'xlsx', categoryId: categoryId ?? null, counted: results.report.counted.map((c) => c.digest) });
  const category = categoryId === undefined ? '' : `-${results.report.categories[0]?.name ?? categoryId}`;
  return { fileName: `${reviewId}${category}-评审结果.xlsx`, bytes };
}
