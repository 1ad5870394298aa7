import { readExpertList, type ExpertList } from '../../../shared/roster/expert-list.ts';
import { openXlsxWorkbook } from '../xlsx/open-xlsx-workbook.ts';
import { GridTooLarge, worksheetGrid } from '../xlsx/xlsx-grid.ts';

/** A 专家名单 workbook read: its first sheet that has a 姓名 header, or why it could not be read (Chinese). */
export async function readExpertListXlsx(bytes: Uint8Array): Promise<{ ok: true; list: ExpertList; sheetName: string } | { ok: false; message: string }> {
  const opened = await openXlsxWorkbook(bytes);
  if (!opened.ok) return opened;
  let first: { list: ExpertList; sheetName: string } | null = null;
  for (const sheet of opened.workbook.worksheets) {
    // Merged cells repeat their value: an organisation merged down over its experts belongs to each of them.
    let grid;
    try {
      grid = worksheetGrid(sheet);
    } catch (error) {
      if (error instanceof GridTooLarge) return { ok: false, message: error.message };
      throw error;
    }
    const list = readExpertList(grid.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));
    if (list.rows.length > 0) return { ok: true, list, sheetName: sheet.name };
    first ??= { list, sheetName: sheet.name };
  }
  return first === null ? { ok: false, message: '工作簿中没有工作表' } : { ok: true, ...first };
}
