import type ExcelJS from 'exceljs';
import { normalizeHeaderText } from '../../../shared/programs/sheet-text.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import { ITEM_HEADERS, ITEM_TYPES, isId, scanColumns } from './rubric-sheet-layout.ts';
import { readCell } from '../xlsx/xlsx-cell.ts';

/** A 一票否决 or 达标 item read from a row, before ids are settled. */
export interface ItemRow {
  readonly title: string;
  readonly guidance: string;
  /** The id in the 编号 cell, where it holds one. */
  readonly id: string | null;
  /** `否决与达标!B4`: the item's title cell, for messages. */
  readonly ref: string;
}

/** The items of the 否决与达标 sheet. */
export interface RubricItemRows {
  readonly vetoes: ItemRow[];
  readonly checks: ItemRow[];
}

const GUIDANCE_HEADERS = [ITEM_HEADERS.guidance, '要求', '内容', '具体要求', '备注'];

/** Reads the 否决与达标 sheet: a header with 类型 and 名称 (说明, 编号 optional), then one item per row. */
export function readRubricItems(sheet: ExcelJS.Worksheet, issues: ValidationIssue[]): RubricItemRows {
  const result: RubricItemRows = { vetoes: [], checks: [] };
  const lastRow = sheet.rowCount;
  let header: { row: number; type: number; title: number; guidance: number | null; id: number | null } | null = null;
  for (let row = 1; row <= Math.min(lastRow, 30) && !header; row++) {
    const texts = Array.from({ length: scanColumns(sheet) }, (_, i) => normalizeHeaderText(readCell(sheet, row, i + 1).text));
    const at = (names: readonly string[]): number | null => {
      const index = texts.findIndex((text) => names.includes(text));
      return index === -1 ? null : index + 1;
    };
    const type = at([ITEM_HEADERS.type]);
    const title = at([ITEM_HEADERS.title, '项目', '事项']);
    if (type !== null && title !== null) header = { row, type, title, guidance: at(GUIDANCE_HEADERS), id: at([ITEM_HEADERS.id]) };
  }
  if (!header) {
    if (lastRow > 0) issues.push({ path: `${sheet.name}!A1`, message: '未找到表头行：应有「类型」「名称」「说明」列' });
    return result;
  }
  for (let row = header.row + 1; row <= lastRow; row++) {
    const type = readCell(sheet, row, header.type);
    const title = readCell(sheet, row, header.title);
    const guidance = header.guidance === null ? '' : readCell(sheet, row, header.guidance).text.trim();
    const idText = header.id === null ? '' : readCell(sheet, row, header.id).text.trim();
    const typeText = normalizeHeaderText(type.text);
    if (typeText === '' && title.text.trim() === '' && guidance === '') continue;
    const list = (ITEM_TYPES.veto.accepted as readonly string[]).includes(typeText)
      ? result.vetoes
      : (ITEM_TYPES.check.accepted as readonly string[]).includes(typeText)
        ? result.checks
        : null;
    if (!list) {
      issues.push({ path: type.ref, message: `类型「${type.text.trim()}」无法识别：应为「${ITEM_TYPES.veto.written}」或「${ITEM_TYPES.check.written}」` });
      continue;
    }
    if (title.text.trim() === '') issues.push({ path: title.ref, message: '名称为空' });
    list.push({ title: title.text.trim(), guidance, id: isId(idText) ? idText : null, ref: title.ref });
  }
  return result;
}
