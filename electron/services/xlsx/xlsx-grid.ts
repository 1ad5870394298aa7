import type ExcelJS from 'exceljs';
import { valueText } from './xlsx-cell.ts';

/** A cell as the sheet readers see it: a number as it is, text, or nothing. */
export type GridCell = string | number | null;

function cellOf(value: ExcelJS.CellValue | undefined): GridCell {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    return typeof value.result === 'number' ? value.result : valueText(value.result as ExcelJS.CellValue) || null;
  }
  const text = valueText(value);
  return text === '' ? null : text;
}

/** The largest grid read: far beyond a province's 汇总表 or 专家名单, far below what would freeze the app. */
export const MAX_GRID_ROWS = 10_000;
export const MAX_GRID_COLUMNS = 200;

/** A sheet whose cells with content span more than MAX_GRID_ROWS × MAX_GRID_COLUMNS: refused, in Chinese. */
export class GridTooLarge extends Error {
  constructor(sheetName: string, rows: number, columns: number) {
    super(`工作表「${sheetName}」过大：有内容的区域达 ${String(rows)} 行 × ${String(columns)} 列，超过 ${String(MAX_GRID_ROWS)} 行 × ${String(MAX_GRID_COLUMNS)} 列，未读取`);
    this.name = 'GridTooLarge';
  }
}

/**
 * The sheet as rows of cells from row 1 to its last row with content, each merged range's value
 * repeated in every cell it covers (an organisation merged down over its experts, a header merged
 * over two columns), formulas by their cached result. Throws GridTooLarge past the limits: a few
 * kilobytes of xlsx can name a cell a million rows down.
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet): GridCell[][] {
  // The extent of cells with content, read once (exceljs's rowCount counts formatted rows; its columnCount walks every row).
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow((row, number) => {
    // exceljs's typings say number; at run time it is the row's first and last column with content, or null.
    const extent = row.dimensions as unknown as { min: number; max: number } | null;
    if (!extent) return;
    lastRow = number;
    lastColumn = Math.max(lastColumn, extent.max);
  });
  if (lastRow > MAX_GRID_ROWS || lastColumn > MAX_GRID_COLUMNS) throw new GridTooLarge(sheet.name, lastRow, lastColumn);
  const rows: GridCell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: GridCell[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const cell = sheet.getCell(r, c);
      row.push(cellOf(cell.isMerged ? cell.master.value : cell.value));
    }
    rows.push(row);
  }
  return rows;
}
