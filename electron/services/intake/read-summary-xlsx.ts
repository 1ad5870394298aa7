import { readFile } from 'node:fs/promises';
import type { OutcomeFloor } from '../../../shared/domain/outcome-floor.ts';
import type { FileReadability } from '../../../shared/intake/intake-facts.ts';
import { readSummaryGrid, type SummarySheet } from '../../../shared/intake/read-summary-grid.ts';
import { MAX_WORKBOOK_BYTES, openXlsxWorkbook } from '../xlsx/open-xlsx-workbook.ts';
import { GridTooLarge, worksheetGrid } from '../xlsx/xlsx-grid.ts';

/** A 汇总表 workbook read: whether it opens (and why not), and each sheet that has a header row. */
export interface SummaryWorkbook {
  readonly readability: FileReadability;
  readonly message: string;
  readonly sheets: readonly SummarySheet[];
}

/**
 * Reads a stored 汇总表 (附件 3) with exceljs (through openXlsxWorkbook: WPS files, encrypted and
 * .xls files explained), every sheet with a header row, against the program's outcome floors.
 */
export async function readSummaryXlsx(path: string, size: number, floors: readonly OutcomeFloor[]): Promise<SummaryWorkbook> {
  if (size > MAX_WORKBOOK_BYTES) return { readability: 'broken', message: `汇总表过大（${(size / 1024 / 1024).toFixed(1)} MB），超过 10 MB，未读取`, sheets: [] };
  const opened = await openXlsxWorkbook(new Uint8Array(await readFile(path)));
  if (!opened.ok) return { readability: /加密/u.test(opened.message) ? 'encrypted' : 'broken', message: opened.message, sheets: [] };
  const sheets: SummarySheet[] = [];
  try {
    for (const sheet of opened.workbook.worksheets) {
      const read = readSummaryGrid({ sheetName: sheet.name, rows: worksheetGrid(sheet) }, floors);
      if (read) sheets.push(read);
    }
  } catch (error) {
    if (error instanceof GridTooLarge) return { readability: 'broken', message: error.message, sheets: [] };
    // exceljs loads some files it cannot then walk (a malformed merge, a shared formula out of range).
    return { readability: 'broken', message: `无法读取汇总表的内容（${error instanceof Error ? error.message : String(error)}）`, sheets: [] };
  }
  return { readability: 'ok', message: sheets.length === 0 ? '工作簿中没有找到汇总表的表头（学校、领域等）' : '', sheets };
}
