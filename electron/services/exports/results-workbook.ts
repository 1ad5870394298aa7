import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ResultsExport } from '../../../shared/exports/results-export.ts';
import { addFormalCheckSheet, FORMAL_CHECK_RESULTS_SHEET, type FormalCheckXlsxInput } from './formal-check-xlsx.ts';
import { addScoreDetailsSheet } from './score-details-sheet.ts';
import { addScoreSummarySheets, SCORE_SUMMARY_SHEET } from './score-summary-xlsx.ts';
import { addSignaturesSheet } from './signatures-sheet.ts';

/**
 * The results as one Excel workbook, the same from the app and `pingshen merge --xlsx`: 专家评分汇总表
 * and 推荐名单 (formulas that recompute), 评分明细 (per criterion, with comments and cited pages,
 * the totals as formulas), 形式审查 where `formalCheck` is given (the review's 形式审查结果表) and 签名与校验
 * (every counted sheet's key and digest, the packages', the signed result's). `cachedResults: false` leaves the formulas' results out, for the recomputation test.
 */
export async function resultsWorkbook(results: ResultsExport, options: { cachedResults?: boolean; formalCheck?: FormalCheckXlsxInput | null } = {}): Promise<Uint8Array> {
  const cached = options.cachedResults !== false;
  // The streaming writer: each sheet's rows go to the zip as they are committed, so the 评分明细 of a
  // large review (hundreds of thousands of rows) is never held whole, neither as cells nor as XML.
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 6 } } });
  workbook.creator = 'Pingshen 评审台';
  workbook.title = `${results.title} ${SCORE_SUMMARY_SHEET}`;
  addScoreSummarySheets(workbook, { ...results, cachedResults: cached });
  addScoreDetailsSheet(workbook, results, cached);
  if (options.formalCheck) addFormalCheckSheet(workbook, options.formalCheck, FORMAL_CHECK_RESULTS_SHEET);
  addSignaturesSheet(workbook, results);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
