import type ExcelJS from 'exceljs';
import { readExpertList, type ExpertList } from '../../../shared/roster/expert-list.ts';
import { openXlsxWorkbook } from '../xlsx/open-xlsx-workbook.ts';
import { valueText } from '../xlsx/xlsx-cell.ts';

/** The cells' text of a worksheet, row by row; a merged cell's text in its top-left cell only (a title row spread across). */
function worksheetGrid(sheet: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const cell = sheet.getCell(row, column);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? '' : valueText(cell.value));
    }
    grid.push(cells);
  }
  return grid;
}

/** A 专家名单 workbook read: its first sheet that has a 姓名 header, or why it could not be read (Chinese). */
export async function readExpertListXlsx(bytes: Uint8Array): Promise<{ ok: true; list: ExpertList; sheetName: string } | { ok: false; message: string }> {
  const opened = await openXlsxWorkbook(bytes);
  if (!opened.ok) return opened;
  let first: { list: ExpertList; sheetName: string } | null = null;
  for (const sheet of opened.workbook.worksheets) {
    const list = readExpertList(worksheetGrid(sheet));
    if (list.rows.length > 0) return { ok: true, list, sheetName: sheet.name };
    first ??= { list, sheetName: sheet.name };
  }
  return first === null ? { ok: false, message: '工作簿中没有工作表' } : { ok: true, ...first };
}
