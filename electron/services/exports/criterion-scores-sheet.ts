import type ExcelJS from 'exceljs';
import type { MergeReport } from '../../../shared/domain/merge-view.ts';
import type { ExportCriterion, ExportSheet } from '../../../shared/exports/results-export.ts';
import { exactOf, sumOf } from '../../../shared/merge/exact.ts';
import { columnLetters } from '../xlsx/xlsx-cell.ts';
import { fittedWidth, mergedTitle, printSetup, styleBody, styleHeader, textWidth } from '../xlsx/xlsx-style.ts';

/** The sheet's name: each application's scores criterion by criterion, for trimming per criterion. */
export const CRITERION_SCORES_SHEET = '单项得分';

const HEADER_ROW = 3;
const LEAD = ['序号', '领域', '申报单位', '一级指标', '评分项', '满分'] as const;

/** Where each application's criterion rows are in 单项得分, and the column of their trimmed sums. */
export interface CriterionLayout {
  readonly rows: ReadonlyMap<string, { readonly first: number; readonly last: number }>;
  /** Column number of 去最高最低后合计. */
  readonly trimmedColumn: number;
}

interface Input {
  readonly title: string;
  readonly trimCount: number;
  readonly report: MergeReport;
  readonly criteria: readonly { readonly categoryId: string; readonly criteria: readonly ExportCriterion[] }[];
  readonly sheets: readonly ExportSheet[];
}

/** The rows 单项得分 will have (applications in the 汇总表's order, one row per criterion of its category's rubric), known before either sheet is written. */
export function criterionLayoutOf(input: Input, experts: number): CriterionLayout {
  const criteriaOf = new Map(input.criteria.map((c) => [c.categoryId, c.criteria.length]));
  const rows = new Map<string, { first: number; last: number }>();
  let next = HEADER_ROW + 1;
  for (const category of input.report.categories) {
    const count = criteriaOf.get(category.id) ?? 0;
    for (const app of category.ranking) {
      rows.set(app.submissionId, { first: next, last: next + count - 1 });
      next += count;
    }
  }
  return { rows, trimmedColumn: LEAD.length + experts + 1 };
}

/** One criterion's trimmed sum: the scores less the `k` highest and `k` lowest, blank where too few are left (as the app: then the plain mean is used). */
function trimmedSumFormula(range: string, k: number): string {
  const drops = Array.from({ length: k }, (_, i) => `-LARGE(${range},${String(i + 1)})-SMALL(${range},${String(i + 1)})`).join('');
  return `IF(COUNT(${range})-${String(2 * k)}>=1,SUM(${range})${drops},"")`;
}

/**
 * Adds 单项得分: per application and criterion the counted experts' scores (回避 where recused) and
 * 去最高最低后合计, a formula dropping each criterion's `trimCount` highest and lowest scores (the
 * app's sum cached); the 汇总表's trimmed mean divides the sum of these by the scores left, so a
 * review that trims per criterion recomputes in a committee's spreadsheet to the app's figure.
 */
export function addCriterionScoresSheet(workbook: ExcelJS.Workbook, input: Input, experts: readonly (readonly [string, string])[], layout: CriterionLayout, cached: boolean): void {
  const sheet = workbook.addWorksheet(CRITERION_SCORES_SHEET, {
    pageSetup: printSetup(HEADER_ROW),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }],
  });
  const headers = [...LEAD, ...experts.map(([, name]) => name), '去最高最低后合计'];
  const criteria = input.criteria.flatMap((c) => c.criteria);
  const apps = input.report.categories.flatMap((c) => c.ranking);
  sheet.columns = headers.map((h, i) => ({
    width: i === 2 ? fittedWidth(apps.map((a) => a.applicant), 14, 30) : i === 3 ? fittedWidth(criteria.map((c) => c.section), 10, 24) : i === 4 ? fittedWidth(criteria.map((c) => c.title), 12, 30) : Math.max(8, textWidth(h) + 2),
  }));
  mergedTitle(sheet, 1, headers.length, `${input.title} ${CRITERION_SCORES_SHEET}`);
  mergedTitle(sheet, 2, headers.length, `每一评分项去掉 ${String(input.trimCount)} 个最高分和 ${String(input.trimCount)} 个最低分后求和；「专家评分汇总表」的去最高最低平均 = 各项之和 ÷ 留下的评分数`, 11);
  headers.forEach((h, i) => styleHeader(Object.assign(sheet.getCell(HEADER_ROW, i + 1), { value: h })));
  // expert id → submission id → criterion id → score, from the counted sheets.
  const scoresOf = new Map(input.sheets.map((s) => [s.expertId, new Map(s.submissions.map((x) => [x.submissionId, new Map(x.scores.map((c) => [c.criterionId, c.score]))]))]));
  const criteriaOf = new Map(input.criteria.map((c) => [c.categoryId, c.criteria]));
  let serial = 1;
  for (const category of input.report.categories) {
    for (const app of category.ranking) {
      const place = layout.rows.get(app.submissionId);
      if (!place) continue;
      const counted = new Set(app.experts.map((e) => e.expertId));
      const recused = new Set(app.recused.map((e) => e.expertId));
      (criteriaOf.get(category.id) ?? []).forEach((criterion, i) => {
        const row = place.first + i;
        // As the app: a counted expert's missing criterion counts 0.
        const scores = experts.map(([id]) => (counted.has(id) ? (scoresOf.get(id)?.get(app.submissionId)?.get(criterion.id) ?? 0) : recused.has(id) ? '回避' : null));
        const values = [serial, category.name, app.applicant, criterion.section, criterion.title, criterion.maxPoints, ...scores];
        values.forEach((v, c) => styleBody(Object.assign(sheet.getCell(row, c + 1), { value: v }), c !== 2 && c !== 3 && c !== 4));
        const first = LEAD.length + 1;
        const range = `${columnLetters(first)}${String(row)}:${columnLetters(first + experts.length - 1)}${String(row)}`;
        const numbers = scores.filter((s): s is number => typeof s === 'number').map(exactOf).sort((a, b) => a.comparedTo(b));
        const k = input.trimCount;
        const result = numbers.length - 2 * k >= 1 ? sumOf(numbers.slice(k, numbers.length - k)).toNumber() : '';
        const cell = sheet.getCell(row, layout.trimmedColumn);
        const formula = trimmedSumFormula(range, k);
        cell.value = cached ? { formula, result } : { formula };
        styleBody(cell, true);
      });
      serial += 1;
    }
  }
}
