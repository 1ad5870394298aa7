import type ExcelJS from 'exceljs';
import type { MergeDecision, MergeReport } from '../../../shared/domain/merge-view.ts';
import { suggestedDecision } from '../../../shared/merge/decisions.ts';
import { decisionLabels, ruleLabels } from '../../../shared/merge/merge-labels.ts';
import type { ExportCriterion, ExportSheet } from '../../../shared/exports/results-export.ts';
import { columnLetters } from '../xlsx/xlsx-cell.ts';
import { addCriterionScoresSheet, CRITERION_SCORES_SHEET, criterionLayoutOf, type CriterionLayout } from './criterion-scores-sheet.ts';
import { cellBorder, fittedWidth, mergedTitle, printSetup, rowHeight, SHEET_FONT, styleBody, styleHeader, styleTitle, textWidth } from '../xlsx/xlsx-style.ts';

/** The sheet names, as committees call them. */
export const SCORE_SUMMARY_SHEET = '专家评分汇总表';
export const RECOMMENDATION_SHEET = '推荐名单';

/** What the workbook needs: the review's facts, how it aggregates, and the merge. */
export interface ScoreSummaryInput {
  readonly title: string;
  readonly documentNumber: string;
  readonly rule: 'mean' | 'trimmed-mean' | 'median';
  readonly trimCount: number;
  readonly trimMinimumPanel: number;
  /** Where the trimmed mean trims: 'criteria' adds 单项得分 and the trimmed mean sums its per-criterion trimmed sums. */
  readonly trimOn: 'totals' | 'criteria';
  readonly report: MergeReport;
  /** Per category its rubric's criteria, and the counted sheets' scores: for 单项得分. */
  readonly criteria: readonly { readonly categoryId: string; readonly criteria: readonly ExportCriterion[] }[];
  readonly sheets: readonly ExportSheet[];
  readonly decisions: readonly MergeDecision[];
  /** False only for the recomputation test: formulas without their cached results, so a spreadsheet must compute them. */
  readonly cachedResults?: boolean;
}


const letters = columnLetters;

/**
 * The figures after the experts' columns, each a formula over the row's expert cells; `items`, when
 * trimming per criterion, is the range of the application's per-criterion trimmed sums in 单项得分.
 */
function figureFormulas(range: string, trimCount: number, trimMinimumPanel: number, items: string | null) {
  const none = (f: string) => `IF(COUNT(${range})=0,"",${f})`;
  const large = Array.from({ length: trimCount }, (_, i) => `-LARGE(${range},${String(i + 1)})-SMALL(${range},${String(i + 1)})`).join('');
  const left = `(COUNT(${range})-${String(2 * trimCount)})`;
  // 按单项: the sum over criteria of each criterion's trimmed sum ÷ the scores left is the sum of the per-criterion trimmed means, rounded once.
  const trimmedSum = items === null ? `(SUM(${range})${large})` : `SUM(${items})`;
  // As the app: trimmed when at least trimMinimumPanel scored and one score is left; otherwise the plain mean.
  const trimmed =
    trimCount === 0
      ? `ROUND(AVERAGE(${range}),2)`
      : `IF(AND(COUNT(${range})>=${String(trimMinimumPanel)},${left}>=1),ROUND(${trimmedSum}/${left},2),ROUND(AVERAGE(${range}),2))`;
  return {
    count: `COUNT(${range})`,
    max: none(`MAX(${range})`),
    min: none(`MIN(${range})`),
    mean: none(`ROUND(AVERAGE(${range}),2)`),
    trimmed: none(trimmed),
    median: none(`ROUND(MEDIAN(${range}),2)`),
    range: none(`ROUND(MAX(${range})-MIN(${range}),2)`),
    stdDev: none(`ROUND(STDEVP(${range}),2)`),
  };
}

type Application = MergeReport['categories'][number]['ranking'][number];

/**
 * Adds the merge's two sheets that recompute to a workbook (exceljs): 专家评分汇总表, applications ×
 * experts, each expert's total (回避 where recused, left out of every formula), then count, max, min,
 * mean, trimmed mean, median, range and SD as formulas over the expert cells with the app's result
 * cached (a viewer that does not calculate still shows the number), the rank and the flags; 推荐名单,
 * per category the applications in rank order, the score by the review's rule referring to the
 * 汇总表, the decision and its reason. 宋体, A4 landscape, fit to width, title rows repeated, header frozen.
 */
export function addScoreSummarySheets(workbook: ExcelJS.Workbook, input: ScoreSummaryInput): void {
  const cached = input.cachedResults !== false;
  const experts = [...new Map(input.report.categories.flatMap((c) => c.ranking.flatMap((a) => [...a.experts, ...a.recused])).map((e) => [e.expertId, e.name])).entries()].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
  const headerRow = 3;
  const sheet = workbook.addWorksheet(SCORE_SUMMARY_SHEET, {
    pageSetup: printSetup(headerRow),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 3, ySplit: headerRow }],
  });
  const firstExpert = 4;
  const lastExpert = firstExpert + experts.length - 1;
  const byCriteria = input.trimOn === 'criteria' && input.trimCount > 0;
  const layout: CriterionLayout | null = byCriteria ? criterionLayoutOf(input, experts.length) : null;
  const figureHeaders = ['有效评分', '最高分', '最低分', '平均分', byCriteria ? '去最高最低平均（按单项）' : '去最高最低平均', '中位数', '极差', '标准差', '名次', '标记'];
  const headers = ['序号', '领域', '申报单位', ...experts.map(([, name]) => name), ...figureHeaders];
  const applicants = input.report.categories.flatMap((c) => c.ranking.map((a) => a.applicant));
  const fields = input.report.categories.map((c) => c.name);
  sheet.columns = headers.map((h, i) => ({ width: i === 2 ? fittedWidth(applicants, 16, 36) : i === 1 ? fittedWidth(fields, 10, 24) : i === headers.length - 1 ? 50 : Math.max(9, textWidth(h) + 2) }));
  mergedTitle(sheet, 1, headers.length, `${input.title} ${SCORE_SUMMARY_SHEET}`);
  mergedTitle(sheet, 2, headers.length, `文号：${input.documentNumber || '—'}；排序规则：${ruleLabels[input.rule]}${byCriteria ? `；去最高最低按单项（见「${CRITERION_SCORES_SHEET}」）` : ''}；得分四舍五入保留两位小数；回避的专家不计入`, 11);
  headers.forEach((h, i) => {
    sheet.getCell(headerRow, i + 1).value = h;
    styleHeader(sheet.getCell(headerRow, i + 1));
  });
  const ruleColumn = lastExpert + 1 + { mean: 3, 'trimmed-mean': 4, median: 5 }[input.rule];
  const rowOf = new Map<string, number>();
  let row = headerRow + 1;
  let serial = 1;
  for (const category of input.report.categories) {
    for (const app of category.ranking) {
      rowOf.set(app.submissionId, row);
      const values: (string | number | null)[] = [serial++, category.name, app.applicant];
      for (const [id] of experts) {
        const scored = app.experts.find((e) => e.expertId === id);
        values.push(scored ? scored.total : app.recused.some((r) => r.expertId === id) ? '回避' : null);
      }
      values.forEach((v, i) => {
        const cell = sheet.getCell(row, i + 1);
        cell.value = v;
        styleBody(cell, i !== 2);
      });
      const range = `${letters(firstExpert)}${String(row)}:${letters(lastExpert)}${String(row)}`;
      const place = layout?.rows.get(app.submissionId);
      const items = layout && place ? `'${CRITERION_SCORES_SHEET}'!${letters(layout.trimmedColumn)}${String(place.first)}:${letters(layout.trimmedColumn)}${String(place.last)}` : null;
      const f = figureFormulas(range, input.trimCount, input.trimMinimumPanel, items);
      const a = app.aggregates;
      const results: [string, number | string | null][] = [
        [f.count, app.experts.length], [f.max, maxOf(app)], [f.min, minOf(app)], [f.mean, a.mean], [f.trimmed, a.trimmedMean],
        [f.median, a.median], [f.range, a.range], [f.stdDev, a.stdDev],
      ];
      results.forEach(([formula, result], i) => {
        const cell = sheet.getCell(row, lastExpert + 1 + i);
        cell.value = cached ? { formula, result: result ?? '' } : { formula };
        styleBody(cell, true);
        cell.numFmt = i === 0 ? '0' : '0.00';
      });
      const rank = sheet.getCell(row, lastExpert + 9);
      rank.value = app.rank === null ? '不排名' : app.tied ? `${String(app.rank)}（并列）` : app.rank;
      styleBody(rank, true);
      const flags = sheet.getCell(row, lastExpert + 10);
      flags.value = app.flags.map((x) => x.reason).join('；');
      styleBody(flags, false);
      sheet.getRow(row).height = rowHeight([{ text: String(flags.value), width: 50 }, { text: app.applicant, width: sheet.getColumn(3).width ?? 30 }]);
      if (app.flags.some((x) => x.kind === 'divergence' || x.kind === 'deviation')) flags.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      row += 1;
    }
  }
  writeRecommendations(workbook, input, rowOf, letters(ruleColumn), cached);
  if (layout) addCriterionScoresSheet(workbook, input, experts, layout, cached);
}

const maxOf = (a: Application) => (a.experts.length === 0 ? null : Math.max(...a.experts.map((e) => e.total)));
const minOf = (a: Application) => (a.experts.length === 0 ? null : Math.min(...a.experts.map((e) => e.total)));

/** 推荐名单: per category, rank order, the rule's score taken from the 汇总表, the decision and its reason; the quota line drawn. */
function writeRecommendations(workbook: ExcelJS.Workbook, input: ScoreSummaryInput, rowOf: ReadonlyMap<string, number>, ruleColumn: string, cached: boolean): void {
  const sheet = workbook.addWorksheet(RECOMMENDATION_SHEET, { pageSetup: { ...printSetup(2), orientation: 'portrait' }, headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' } });
  const apps = input.report.categories.flatMap((c) => c.ranking);
  const widths = [8, fittedWidth(apps.map((a) => a.applicant), 16, 36), fittedWidth(apps.map((a) => a.partners.join('、')), 16, 48), 12, 14, 36];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, 6);
  sheet.getCell(1, 1).value = `${input.title} ${RECOMMENDATION_SHEET}`;
  styleTitle(sheet.getCell(1, 1));
  ['序号', '申报单位', '合作单位', '得分', '决定', '备注'].forEach((h, i) => {
    sheet.getCell(2, i + 1).value = h;
    styleHeader(sheet.getCell(2, i + 1));
  });
  let row = 3;
  for (const category of input.report.categories) {
    sheet.mergeCells(row, 1, row, 6);
    sheet.getCell(row, 1).value = `${category.name}（推荐名额 ${category.quota > 0 ? String(category.quota) : '不限'}）`;
    sheet.getCell(row, 1).font = { name: SHEET_FONT, size: 11, bold: true };
    row += 1;
    category.ranking.forEach((app, i) => {
      const recorded = input.decisions.find((d) => d.submissionId === app.submissionId);
      const suggested = suggestedDecision(app.standing);
      const decision = recorded ? decisionLabels[recorded.decision] : suggested ? `（建议${decisionLabels[suggested]}）` : '（待决定）';
      const score = `'${SCORE_SUMMARY_SHEET}'!${ruleColumn}${String(rowOf.get(app.submissionId) ?? 0)}`;
      const aggregate = input.rule === 'mean' ? app.aggregates.mean : input.rule === 'median' ? app.aggregates.median : app.aggregates.trimmedMean;
      const values: ExcelJS.CellValue[] = [i + 1, app.applicant, app.partners.join('、'), cached ? { formula: score, result: aggregate ?? '' } : { formula: score }, decision, recorded?.reason ?? ''];
      values.forEach((v, c) => {
        const cell = sheet.getCell(row, c + 1);
        cell.value = v;
        styleBody(cell, c === 0 || c >= 3);
      });
      sheet.getCell(row, 4).numFmt = '0.00';
      sheet.getRow(row).height = rowHeight([{ text: app.applicant, width: widths[1] ?? 30 }, { text: app.partners.join('、'), width: widths[2] ?? 40 }, { text: recorded?.reason ?? '', width: widths[5] ?? 36 }]);
      // The quota line: a heavy border under the last application within the quota.
      if (app.standing === 'within-quota' && category.ranking[i + 1]?.standing !== 'within-quota') {
        for (let c = 1; c <= 6; c++) sheet.getCell(row, c).border = { ...cellBorder, bottom: { style: 'medium', color: { argb: 'FF8C1D18' } } };
      }
      row += 1;
    });
  }
}
