import type ExcelJS from 'exceljs';
import type { Rubric, RubricItem } from '../../../shared/domain/rubric.ts';
import { ITEM_HEADERS, ITEM_TYPES, ITEMS_SHEET } from './rubric-sheet-layout.ts';
import { printSetup, rowHeight, styleBody, styleHeader, styleTitle } from '../xlsx/xlsx-style.ts';

const WIDTHS = [12, 36, 60, 16];

/** Adds the 否决与达标 sheet: 类型 | 名称 | 说明, with the ids in a hidden 编号 column. */
export function writeItemsSheet(workbook: ExcelJS.Workbook, rubric: Rubric): void {
  const sheet = workbook.addWorksheet(ITEMS_SHEET, {
    pageSetup: printSetup(2),
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.getColumn(4).hidden = true;

  sheet.mergeCells(1, 1, 1, 3);
  const title = sheet.getCell(1, 1);
  title.value = `${rubric.title}：一票否决与达标要求`;
  styleTitle(title);
  sheet.getRow(1).height = 36;

  const header = sheet.getRow(2);
  [ITEM_HEADERS.type, ITEM_HEADERS.title, ITEM_HEADERS.guidance, ITEM_HEADERS.id].forEach((text, i) => {
    header.getCell(i + 1).value = text;
    styleHeader(header.getCell(i + 1));
  });
  header.height = 24;

  const rows: [string, RubricItem][] = [
    ...rubric.vetoes.map((item): [string, RubricItem] => [ITEM_TYPES.veto.written, item]),
    ...rubric.checks.map((item): [string, RubricItem] => [ITEM_TYPES.check.written, item]),
  ];
  rows.forEach(([type, item], i) => {
    const row = sheet.getRow(i + 3);
    [type, item.title, item.guidance, item.id].forEach((value, column) => {
      row.getCell(column + 1).value = value;
      styleBody(row.getCell(column + 1), column === 0);
    });
    row.height = rowHeight([
      { text: item.title, width: WIDTHS[1] ?? 36 },
      { text: item.guidance, width: WIDTHS[2] ?? 60 },
    ]);
  });
}
