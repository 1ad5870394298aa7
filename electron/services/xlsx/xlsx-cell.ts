import type ExcelJS from 'exceljs';
import { parsePointsText } from '../../../shared/programs/sheet-text.ts';

/** A cell as the rubric reader sees it: its text, its location for messages, how it is merged. */
export interface SheetCell {
  /** `评分细则!D7`, for messages. */
  readonly ref: string;
  readonly value: ExcelJS.CellValue;
  /** The text shown in the cell; '' for a cell covered by a merge from another column. */
  readonly text: string;
  /** Covered by a merge from a cell above in the same column (一级指标 merged down). */
  readonly continued: boolean;
}

/** A number read from a cell: a number, nothing, text that is not a number, or a formula Excel never computed. */
export type CellNumber =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'uncomputed' };

/** The text of a cell value: rich text joined, hyperlinks by their text, formulas by their cached result. */
export function valueText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/gu, '\n');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('').replace(/\r\n?/gu, '\n');
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as ExcelJS.CellValue);
  return '';
}

/** Reads one cell; in exceljs a merged cell's value is its master's, so merges are resolved here. */
export function readCell(sheet: ExcelJS.Worksheet, row: number, column: number): SheetCell {
  const cell = sheet.getCell(row, column);
  const ref = `${sheet.name}!${cell.address}`;
  const master = cell.isMerged ? cell.master : cell;
  if (master.address === cell.address) return { ref, value: cell.value, text: valueText(cell.value), continued: false };
  // A merge spilling in from another column (a section title spread over its points) leaves this cell empty.
  if (Number(master.col) !== column) return { ref, value: null, text: '', continued: false };
  return { ref, value: master.value, text: valueText(master.value), continued: true };
}

/** A cell's number: numbers as they are, text such as `10分` or `１０` read as numbers. */
export function cellNumber(cell: SheetCell): CellNumber {
  const value = cell.value;
  if (typeof value === 'number') return { kind: 'number', value };
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = value.result;
    if (result === undefined || result === null) return { kind: 'uncomputed' };
    if (typeof result === 'number') return { kind: 'number', value: result };
  }
  const text = cell.text.trim();
  if (text === '') return { kind: 'empty' };
  const parsed = parsePointsText(text);
  return parsed === null ? { kind: 'text', text } : { kind: 'number', value: parsed };
}

/** A1 column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
