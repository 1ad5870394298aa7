import ExcelJS from 'exceljs';
import type { Criterion, Rubric, RubricSection } from '../../../shared/domain/rubric.ts';
import { formatBandNotes, formatBandsText } from '../../../shared/programs/band-text.ts';
import { formatCommentRule, formatKeywords, titleWithTotal } from '../../../shared/programs/sheet-text.ts';
import type { ColumnKind } from './rubric-sheet-layout.ts';
import { EXPORT_COLUMNS, RUBRIC_SHEET, formatIdCell } from './rubric-sheet-layout.ts';
import { SHEET_FONT, printSetup, rowHeight, styleBody, styleHeader, styleTitle } from '../xlsx/xlsx-style.ts';
import { writeItemsSheet } from './write-items-sheet.ts';

/** Choices for exportRubricXlsx: the program's title, shown under the rubric's title. */
export interface ExportRubricOptions {
  readonly programTitle?: string;
}

const ID_COLUMN = EXPORT_COLUMNS.length;
const VISIBLE_COLUMNS = ID_COLUMN - 1;
const CENTRED: readonly ColumnKind[] = ['points', 'step', 'commentRule'];

function criterionValues(section: RubricSection, criterion: Criterion): ExcelJS.CellValue[] {
  return [
    section.title,
    section.points,
    criterion.title,
    criterion.maxPoints,
    criterion.guidance,
    formatBandsText(criterion.bands),
    formatBandNotes(criterion.bands),
    criterion.step,
    formatCommentRule(criterion.commentRule),
    formatKeywords(criterion.keywords),
    formatIdCell(section.id, criterion.id),
  ];
}

function writeTitleRow(sheet: ExcelJS.Worksheet, row: number, text: string, size: number): void {
  sheet.mergeCells(row, 1, row, VISIBLE_COLUMNS);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  styleTitle(cell);
  if (size !== 16) cell.font = { name: SHEET_FONT, size };
  sheet.getRow(row).height = size === 16 ? 36 : 22;
}

function writeCriteria(sheet: ExcelJS.Worksheet, rubric: Rubric, firstRow: number): number {
  let row = firstRow;
  for (const section of rubric.sections) {
    const sectionStart = row;
    for (const criterion of section.criteria) {
      const values = criterionValues(section, criterion);
      const excelRow = sheet.getRow(row);
      values.forEach((value, i) => {
        const cell = excelRow.getCell(i + 1);
        // The section's title and points go in its first row only: the rest are covered by the merge.
        cell.value = row === sectionStart || i >= 2 ? value : null;
        styleBody(cell, CENTRED.includes(EXPORT_COLUMNS[i]?.kind ?? 'section'));
      });
      // A title merged over several rows has their height to fill; only a single row must fit it alone.
      const from = section.criteria.length === 1 ? 0 : 2;
      const texts = values.map((value, i) => ({ text: String(value ?? ''), width: EXPORT_COLUMNS[i]?.width ?? 10 }));
      excelRow.height = rowHeight(texts.slice(from, VISIBLE_COLUMNS));
      row++;
    }
    if (row - 1 > sectionStart) {
      sheet.mergeCells(sectionStart, 1, row - 1, 1);
      sheet.mergeCells(sectionStart, 2, row - 1, 2);
    }
  }
  return row;
}

function writeTotalRow(sheet: ExcelJS.Worksheet, rubric: Rubric, row: number, firstDataRow: number): void {
  const excelRow = sheet.getRow(row);
  for (let column = 1; column <= VISIBLE_COLUMNS; column++) styleBody(excelRow.getCell(column), column <= 2);
  excelRow.getCell(1).value = '合计';
  // A formula, so edits in Excel keep it right; the cached result is for readers that do not calculate.
  excelRow.getCell(2).value = { formula: `SUM(B${firstDataRow}:B${row - 1})`, result: rubric.totalPoints };
  for (const column of [1, 2]) excelRow.getCell(column).font = { name: SHEET_FONT, size: 10.5, bold: true };
  sheet.mergeCells(row, 3, row, VISIBLE_COLUMNS);
  excelRow.height = 22;
}

/**
 * Writes a rubric as the 评分细则 sheet committees use (title, header, 一级指标 merged down, 合计)
 * plus the 否决与达标 sheet, ready to print; importRubricXlsx reads it back to the same rubric.
 */
export async function exportRubricXlsx(rubric: Rubric, options: ExportRubricOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pingshen 评审台';
  workbook.title = rubric.title;
  workbook.calcProperties.fullCalcOnLoad = true;
  const programRow = options.programTitle !== undefined && options.programTitle.trim() !== '';
  const headerRow = programRow ? 3 : 2;
  const sheet = workbook.addWorksheet(RUBRIC_SHEET, {
    pageSetup: printSetup(headerRow),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
  });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ width: column.width }));
  sheet.getColumn(ID_COLUMN).hidden = true;

  writeTitleRow(sheet, 1, titleWithTotal(rubric.title, rubric.totalPoints), 16);
  // The rubric's id rides in the hidden 编号 column beside the title, so a re-import keeps it.
  sheet.getCell(1, ID_COLUMN).value = rubric.id;
  if (programRow) writeTitleRow(sheet, 2, `评审方案：${options.programTitle ?? ''}`, 11);

  const header = sheet.getRow(headerRow);
  EXPORT_COLUMNS.forEach((column, i) => {
    header.getCell(i + 1).value = column.header;
    styleHeader(header.getCell(i + 1));
  });
  header.height = 24;

  const totalRow = writeCriteria(sheet, rubric, headerRow + 1);
  writeTotalRow(sheet, rubric, totalRow, headerRow + 1);
  writeItemsSheet(workbook, rubric);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
