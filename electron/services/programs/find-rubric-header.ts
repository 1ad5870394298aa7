import type ExcelJS from 'exceljs';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import { normalizeHeaderText } from '../../../shared/programs/sheet-text.ts';
import type { ColumnKind } from './rubric-sheet-layout.ts';
import { GROUP_TITLE_SUBHEADERS, HEADER_VARIANTS, headerKind, scanColumns } from './rubric-sheet-layout.ts';
import { columnLetters, valueText } from '../xlsx/xlsx-cell.ts';

/** Where the criteria sheet's columns are (1-based), and the rows around its header. */
export interface RubricColumns {
  readonly headerRow: number;
  /** The first row of criteria (after a one- or two-row header). */
  readonly firstDataRow: number;
  readonly section: number;
  readonly sectionPoints: number | null;
  readonly criterion: number;
  readonly criterionPoints: number;
  readonly guidance: number;
  readonly bands: number;
  readonly bandNotes: number | null;
  readonly step: number | null;
  readonly commentRule: number | null;
  readonly keywords: number | null;
  readonly id: number | null;
}

const HEADER_SEARCH_ROWS = 30;
const CORE_KINDS: readonly ColumnKind[] = ['section', 'criterion', 'points', 'guidance', 'bands'];

function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const texts: string[] = [''];
  for (let column = 1; column <= scanColumns(sheet); column++) texts[column] = valueText(sheet.getCell(row, column).value);
  return texts;
}

// A two-row header: 一级指标 merged over two columns above 名称 | 分值. Returns the kinds read
// through the sub-header row, or null where the row below is not such a sub-header.
function groupedKinds(kinds: (ColumnKind | null)[], below: string[]): (ColumnKind | null)[] | null {
  let grouped = false;
  const result = kinds.map((kind, column) => {
    const sub = normalizeHeaderText(below[column] ?? '');
    if (kind !== 'section' && kind !== 'criterion') return kind;
    if (HEADER_VARIANTS.points.includes(sub)) {
      grouped = true;
      return 'points';
    }
    if (GROUP_TITLE_SUBHEADERS.includes(sub)) grouped = true;
    return kind;
  });
  return grouped ? result : null;
}

/** Finds the header row (within the first 30 rows) and the columns by their header text. */
export function findRubricHeader(sheet: ExcelJS.Worksheet): { ok: true; columns: RubricColumns } | { ok: false; issues: ValidationIssue[] } {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const texts = rowTexts(sheet, row);
    let kinds = texts.map((text) => headerKind(text));
    if (new Set(kinds.filter((kind) => kind !== null && CORE_KINDS.includes(kind))).size < 3) continue;
    const grouped = groupedKinds(kinds, rowTexts(sheet, row + 1));
    if (grouped) kinds = grouped;
    const first = (kind: ColumnKind): number | null => {
      const column = kinds.indexOf(kind);
      return column === -1 ? null : column;
    };
    // A 分值 column belongs to the nearest 一级指标 or 二级指标 column on its left.
    const owner = (column: number): ColumnKind | null => kinds.slice(0, column).findLast((k) => k === 'section' || k === 'criterion') ?? null;
    const pointsOf = (title: ColumnKind): number | null => {
      const column = kinds.findIndex((kind, c) => kind === 'points' && owner(c) === title);
      return column === -1 ? null : column;
    };
    const used = texts.flatMap((text, column) => (text.trim() === '' ? [] : [column]));
    const where = `${sheet.name}!${columnLetters(used[0] ?? 1)}${row}:${columnLetters(used.at(-1) ?? 1)}${row}`;
    const required: [number | null, string][] = [
      [first('section'), '缺少「一级指标」列'],
      [first('criterion'), '缺少「二级指标」列'],
      [pointsOf('criterion'), '缺少二级指标的「分值」列'],
      [first('guidance'), '缺少「评分要点」列'],
      [first('bands'), '缺少「评分档次」列'],
    ];
    const issues = required.filter(([column]) => column === null).map(([, message]) => ({ path: where, message }));
    if (issues.length > 0) return { ok: false, issues };
    const columns: RubricColumns = {
      headerRow: row,
      firstDataRow: grouped ? row + 2 : row + 1,
      section: first('section') ?? 0,
      sectionPoints: pointsOf('section'),
      criterion: first('criterion') ?? 0,
      criterionPoints: pointsOf('criterion') ?? 0,
      guidance: first('guidance') ?? 0,
      bands: first('bands') ?? 0,
      bandNotes: first('bandNotes'),
      step: first('step'),
      commentRule: first('commentRule'),
      keywords: first('keywords'),
      id: first('id'),
    };
    return { ok: true, columns };
  }
  return {
    ok: false,
    issues: [{ path: `${sheet.name}!A1`, message: '未找到表头行：应有「一级指标」「分值」「二级指标」「分值」「评分要点」「评分档次」等列' }],
  };
}
