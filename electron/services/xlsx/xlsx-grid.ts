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

/**
 * The sheet as rows of cells from row 1, each merged range's value repeated in every cell it covers
 * (an organisation merged down over its experts, a header merged over two columns), formulas by their cached result.
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet): GridCell[][] {
  const rows: GridCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: GridCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = sheet.getCell(r, c);
      row.push(cellOf(cell.isMerged ? cell.master.value : cell.value));
    }
    rows.push(row);
  }
  return rows;
}
