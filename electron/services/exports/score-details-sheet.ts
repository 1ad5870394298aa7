import type ExcelJS from 'exceljs';
import type { ResultsExport } from '../../../shared/exports/results-export.ts';
import { cellBorder, fittedWidth, printSetup, rowHeight, SHEET_FONT, styleHeader, styleTitle } from '../xlsx/xlsx-style.ts';

/** The sheet's name, as committees call it. */
export const SCORE_DETAILS_SHEET = '评分明细';

/** The columns of 评分明细, in order. */
export const scoreDetailsHeaders = ['序号', '领域', '申报单位', '专家', '一级指标', '评分项', '满分', '得分', '评语', '引用页码'] as const;

const SCORE_COLUMN = 8;
const body: Partial<ExcelJS.Style> = { font: { name: SHEET_FONT, size: 10.5 }, alignment: { vertical: 'middle', wrapText: true }, border: cellBorder };
const centred: Partial<ExcelJS.Style> = { ...body, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };

/**
 * Adds 评分明细: per application (per category, in rank order), per expert, per criterion the score,
 * the comment and the cited pages, so an appeal can be answered line by line; then the expert's
 * 合计, a formula summing the criterion scores above it (with the total the expert signed cached),
 * and the overall comment. A recused expert has one row: 回避 and the reason. Styles are set per
 * column, not per cell: the sheet of a large review has hundreds of thousands of rows.
 */
export function addScoreDetailsSheet(workbook: ExcelJS.Workbook, results: ResultsExport, cached = true): void {
  const headerRow = 3;
  const sheet = workbook.addWorksheet(SCORE_DETAILS_SHEET, {
    pageSetup: printSetup(headerRow),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 4, ySplit: headerRow }],
  });
  const apps = results.report.categories.flatMap((c) => c.ranking);
  const sheets = [...results.sheets].sort((a, b) => a.expertId.localeCompare(b.expertId, 'en', { numeric: true }));
  const criteria = results.criteria.flatMap((c) => c.criteria);
  const widths = [6, fittedWidth(results.report.categories.map((c) => c.name), 10, 20), fittedWidth(apps.map((a) => a.applicant), 14, 30), fittedWidth(sheets.map((s) => s.name), 8, 16),
    fittedWidth(criteria.map((c) => c.section), 10, 24), fittedWidth(criteria.map((c) => c.title), 12, 30), 7, 8, 60, 24];
  sheet.columns = widths.map((width, i) => ({ width, style: i === 0 || i === 6 || i === 7 ? centred : body }));
  const title = (row: number, text: string, size: number) => {
    sheet.mergeCells(row, 1, row, scoreDetailsHeaders.length);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    styleTitle(cell);
    cell.border = {};
    if (size !== 16) cell.font = { name: SHEET_FONT, size };
  };
  title(1, `${results.title} ${SCORE_DETAILS_SHEET}`, 16);
  title(2, '每位专家对每份申报逐项的得分、评语与引用页码（摘自其签名的评分表）；「合计」为各项得分之和的公式，应等于该专家评分表中的总分', 11);
  sheet.getRow(2).height = 30;
  scoreDetailsHeaders.forEach((h, i) => styleHeader(Object.assign(sheet.getCell(headerRow, i + 1), { value: h })));
  const criteriaOf = new Map(results.criteria.map((c) => [c.categoryId, c.criteria]));
  let serial = 1;
  let next = headerRow + 1;
  for (const category of results.report.categories) {
    const rubric = criteriaOf.get(category.id) ?? [];
    for (const app of category.ranking) {
      const number = serial++;
      const lead = [number, category.name, app.applicant];
      for (const sheetOf of sheets) {
        const conflict = sheetOf.conflicts.find((c) => c.submissionId === app.submissionId);
        const scored = sheetOf.submissions.find((x) => x.submissionId === app.submissionId);
        if (conflict) {
          sheet.addRow([...lead, sheetOf.name, '回避', '', '', '', conflict.reason, '']);
          next += 1;
          continue;
        }
        if (!scored) continue;
        const scores = new Map(scored.scores.map((s) => [s.criterionId, s]));
        const first = next;
        for (const criterion of rubric) {
          const s = scores.get(criterion.id);
          const row = sheet.addRow([...lead, sheetOf.name, criterion.section, criterion.title, criterion.maxPoints, s?.score ?? null, s?.comment ?? '', s?.pages ?? '']);
          row.height = rowHeight([{ text: s?.comment ?? '', width: widths[8] ?? 60 }, { text: s?.pages ?? '', width: widths[9] ?? 24 }]);
          next += 1;
        }
        const last = next - 1;
        const col = String.fromCharCode(64 + SCORE_COLUMN);
        const formula = `SUM(${col}${String(first)}:${col}${String(last)})`;
        const total = sheet.addRow([...lead, sheetOf.name, '合计', '总体评价', null, cached ? { formula, result: scored.total } : { formula }, scored.overallComment, '']);
        total.font = { name: SHEET_FONT, size: 10.5, bold: true };
        total.height = rowHeight([{ text: scored.overallComment, width: widths[8] ?? 60 }]);
        // Written out now (a no-op in memory): the streaming writer holds no more than one expert's block.
        total.commit();
        next += 1;
      }
    }
  }
}
