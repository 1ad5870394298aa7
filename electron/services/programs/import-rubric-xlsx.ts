import type ExcelJS from 'exceljs';
import { rubricSchema } from '../../../shared/domain/rubric.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import { statedTotal, titleWithoutTotal } from '../../../shared/programs/sheet-text.ts';
import { validateRubric } from '../../../shared/programs/validate-rubric.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import { chineseErrorMap, fromZodIssues } from '../../../shared/programs/zod-issues.ts';
import { formatPoints, roundPoints, sumPoints } from '../../../shared/scoring/decimal.ts';
import { assembleRubric } from './assemble-rubric.ts';
import type { RubricColumns } from './find-rubric-header.ts';
import { findRubricHeader } from './find-rubric-header.ts';
import { openXlsxWorkbook } from '../xlsx/open-xlsx-workbook.ts';
import { readRubricItems } from './read-rubric-items.ts';
import { readRubricRows } from './read-rubric-rows.ts';
import { ITEMS_SHEET, RUBRIC_SHEET, isId, scanColumns } from './rubric-sheet-layout.ts';
import { readCell } from '../xlsx/xlsx-cell.ts';

/** The most rows a rubric sheet may have: more means the wrong file (or a sheet formatted to the bottom). */
export const MAX_SHEET_ROWS = 2000;

/** Choices for importRubricXlsx: which sheet, and the rubric's id and title where the sheet's should not be used. */
export interface ImportRubricOptions {
  readonly sheetName?: string;
  readonly rubricId?: string;
  readonly title?: string;
}

/** A rubric read from a workbook, with warnings; or every problem found, each at its cell. */
export type ImportRubricResult = { ok: true; rubric: Rubric; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

function pickSheet(workbook: ExcelJS.Workbook, sheetName: string | undefined): ExcelJS.Worksheet | string {
  const sheets = workbook.worksheets;
  if (sheetName !== undefined) {
    return workbook.getWorksheet(sheetName) ?? `找不到工作表「${sheetName}」（${sheets.length > 0 ? `工作簿中有：${sheets.map((s) => s.name).join('、')}` : '工作簿中没有工作表'}）`;
  }
  const candidates = sheets.filter((sheet) => sheet.name !== ITEMS_SHEET && sheet.state === 'visible');
  return (
    workbook.getWorksheet(RUBRIC_SHEET) ??
    candidates.find((sheet) => sheet.rowCount <= MAX_SHEET_ROWS && findRubricHeader(sheet).ok) ??
    candidates[0] ??
    sheets[0] ??
    '工作簿中没有工作表'
  );
}

/** The title above the header (its first filled cell) and the rubric id kept in the 编号 column above it. */
function readHead(sheet: ExcelJS.Worksheet, columns: RubricColumns): { title: string | null; ref: string; id: string | null } {
  let title: { text: string; ref: string } | null = null;
  let id: string | null = null;
  for (let row = 1; row < columns.headerRow; row++) {
    for (let column = 1; column <= scanColumns(sheet) && !title; column++) {
      const cell = readCell(sheet, row, column);
      if (column !== columns.id && !cell.continued && cell.text.trim() !== '') title = { text: cell.text, ref: cell.ref };
    }
    const idText = columns.id === null ? '' : readCell(sheet, row, columns.id).text.trim();
    if (id === null && isId(idText)) id = idText;
  }
  return { title: title?.text ?? null, ref: title?.ref ?? `${sheet.name}!A1`, id };
}

const tooManyRows = (sheet: ExcelJS.Worksheet): ValidationIssue => ({
  path: sheet.name,
  message: `工作表「${sheet.name}」有 ${sheet.rowCount} 行，超过 ${MAX_SHEET_ROWS} 行的上限：请确认选对了文件，或删除多余的空行`,
});

/**
 * Reads a 评分细则 workbook into a rubric, all or nothing: every problem is reported with its cell
 * (`评分细则!D7`) in Chinese, and nothing is returned unless the rubric is complete and valid.
 */
export async function importRubricXlsx(bytes: Uint8Array, options: ImportRubricOptions = {}): Promise<ImportRubricResult> {
  const opened = await openXlsxWorkbook(bytes);
  if (!opened.ok) return { ok: false, issues: [{ path: '', message: opened.message }] };
  const sheet = pickSheet(opened.workbook, options.sheetName);
  if (typeof sheet === 'string') return { ok: false, issues: [{ path: '', message: sheet }] };
  if (sheet.rowCount > MAX_SHEET_ROWS) return { ok: false, issues: [tooManyRows(sheet)] };
  const header = findRubricHeader(sheet);
  if (!header.ok) return { ok: false, issues: header.issues };

  const issues: ValidationIssue[] = [];
  const rows = readRubricRows(sheet, header.columns, issues);
  const itemsSheet = opened.workbook.getWorksheet(ITEMS_SHEET);
  if (itemsSheet && itemsSheet.rowCount > MAX_SHEET_ROWS) return { ok: false, issues: [tooManyRows(itemsSheet)] };
  const items = itemsSheet ? readRubricItems(itemsSheet, issues) : { vetoes: [], checks: [] };
  const head = readHead(sheet, header.columns);

  const sum = sumPoints(rows.sections.map((s) => s.statedPoints ?? sumPoints(s.criteria.map((row) => row.criterion.maxPoints))));
  const stated = head.title === null ? null : statedTotal(head.title);
  if (rows.pointsRead && stated !== null && roundPoints(stated) !== sum) {
    issues.push({ path: head.ref, message: `标题中的满分 ${formatPoints(stated)} 与各一级指标分值之和 ${formatPoints(sum)} 不符` });
  }
  if (rows.pointsRead && rows.total && roundPoints(rows.total.value) !== sum) {
    issues.push({ path: rows.total.ref, message: `合计 ${formatPoints(rows.total.value)} 与各一级指标分值之和 ${formatPoints(sum)} 不符` });
  }
  if (rows.sections.length === 0) issues.push({ path: `${sheet.name}!A${header.columns.firstDataRow}`, message: '表头下没有任何指标' });
  if (issues.length > 0) return { ok: false, issues };

  const title = options.title ?? (head.title === null ? '' : titleWithoutTotal(head.title));
  const assembled = assembleRubric(rows, items, {
    id: options.rubricId ?? head.id ?? 'rubric',
    title: title === '' ? sheet.name : title,
    titleRef: head.ref,
  });
  const at = (issue: ValidationIssue): ValidationIssue => ({ path: assembled.locate(issue.path) ?? issue.path, message: issue.message });
  const parsed = rubricSchema.safeParse(assembled.rubric, { error: chineseErrorMap });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues).map(at) };
  const problems = validateRubric(parsed.data).map(at);
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, rubric: parsed.data, warnings: assembled.warnings };
}
