// Reading a 专家名单 as committees keep it: a title row or two, then a header row (姓名, 单位, 职称,
// 专业领域, 手机) in any order and wording, names padded with spaces to line up (张  三), full-width
// digits in phone numbers, blank rows between groups, and group headings (一、人工智能领域) merged
// across the row above each group's experts.

/** One expert as the 专家名单 gives them. */
export interface ExpertListRow {
  /** The spreadsheet's row number (1-based), for messages. */
  readonly rowNumber: number;
  readonly name: string;
  readonly organisation: string;
  /** 职称 (or 职务). */
  readonly title: string;
  /** 专业领域 / 擅长领域 as written. */
  readonly expertise: string;
  readonly phone: string;
}

/** Something wrong with one row: an error refuses the whole list, a warning is shown and the row kept. */
export interface ExpertListIssue {
  readonly rowNumber: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** The list as read: its rows, what is wrong, and headers that map to no field (shown, never dropped silently). */
export interface ExpertList {
  readonly rows: readonly ExpertListRow[];
  readonly issues: readonly ExpertListIssue[];
  readonly unmappedHeaders: readonly string[];
}

type Field = 'name' | 'organisation' | 'title' | 'expertise' | 'phone';

/** Header wordings seen in real lists, after normalising (no spaces, NFKC). Order matters: first match wins. */
const headerPatterns: readonly [Field, RegExp][] = [
  ['name', /^(专家)?姓名$/u],
  ['organisation', /^(工作|所在|所属)?单位(名称)?$|^工作单位及职务$/u],
  ['title', /^职称|^职务$/u],
  ['expertise', /领域|专业|研究方向|专长/u],
  ['phone', /手机|电话|联系方式/u],
];

/** How many rows from the top the header row may sit (title rows above it). */
const headerSearchRows = 10;

/** Text for comparison and storage: NFKC (full-width digits and letters become half-width), trimmed. */
function clean(text: string): string {
  return text.normalize('NFKC').trim();
}

function fieldOfHeader(text: string): Field | null {
  const key = clean(text).replace(/\s+/gu, '');
  return headerPatterns.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/** The header row's index and its columns, or null when no row within the first ten names 姓名. */
function findHeader(grid: readonly (readonly string[])[]): { index: number; columns: Map<Field, number>; unmapped: string[] } | null {
  for (let index = 0; index < Math.min(grid.length, headerSearchRows); index += 1) {
    const cells = grid[index] ?? [];
    const columns = new Map<Field, number>();
    const unmapped: string[] = [];
    cells.forEach((cell, column) => {
      const field = fieldOfHeader(cell);
      if (field !== null && !columns.has(field)) columns.set(field, column);
      else if (clean(cell) !== '' && !/^序号$/u.test(clean(cell))) unmapped.push(clean(cell));
    });
    if (columns.has('name')) return { index, columns, unmapped };
  }
  return null;
}

/** How a group heading starts when it sits in one cell: 一、 / （一） / 第一组 / 1. */
const headingStart = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[组类]|\d+[、.．](?!\d))/u;

/**
 * A group heading, not an expert: a row whose cells all say the same (a heading merged across the
 * row: the grid repeats a merged value in every cell it covers), or one cell that reads like a
 * numbered heading. Its text without the number (人工智能领域), or null for an ordinary row.
 */
function groupHeading(cells: readonly string[]): string | null {
  const filled = cells.map(clean).filter((c) => c !== '');
  const [first] = filled;
  if (first === undefined) return null;
  const merged = filled.length >= 2 && filled.every((c) => c === first);
  if (!merged && !(filled.length === 1 && headingStart.test(first))) return null;
  return first.replace(headingStart, '').trim();
}

/** A name without the spaces lists pad two-character names with (张  三 → 张三). */
function nameOf(text: string): string {
  return clean(text).replace(/\s+/gu, '');
}

/** Reads a 专家名单 from its cells' text (row by row, as the sheet shows them). */
export function readExpertList(grid: readonly (readonly string[])[]): ExpertList {
  const header = findHeader(grid);
  if (header === null) {
    return { rows: [], issues: [{ rowNumber: 1, severity: 'error', message: '前 10 行中没有找到“姓名”表头，无法识别专家名单' }], unmappedHeaders: [] };
  }
  const issues: ExpertListIssue[] = [];
  if (!header.columns.has('organisation')) issues.push({ rowNumber: header.index + 1, severity: 'warning', message: '没有“单位”列：无法按单位检测回避' });
  const at = (cells: readonly string[], field: Field): string => {
    const column = header.columns.get(field);
    return column === undefined ? '' : clean(cells[column] ?? '');
  };
  const rows: ExpertListRow[] = [];
  const seen = new Map<string, number>();
  // The group heading the rows below stand under: an expert without an expertise of their own takes it.
  let group = '';
  grid.slice(header.index + 1).forEach((cells, offset) => {
    const rowNumber = header.index + 2 + offset;
    if (cells.every((cell) => clean(cell) === '')) return;
    const heading = groupHeading(cells);
    if (heading !== null) {
      group = heading;
      return;
    }
    const row: ExpertListRow = {
      rowNumber,
      name: nameOf(at(cells, 'name')),
      organisation: at(cells, 'organisation'),
      title: at(cells, 'title'),
      expertise: at(cells, 'expertise') || group,
      phone: at(cells, 'phone').replace(/[\s-]/gu, ''),
    };
    if (row.name === '') {
      issues.push({ rowNumber, severity: 'error', message: `第 ${String(rowNumber)} 行有内容但没有姓名` });
      return;
    }
    if (row.name.length > 100 || row.organisation.length > 200) {
      issues.push({ rowNumber, severity: 'error', message: `第 ${String(rowNumber)} 行的姓名或单位过长` });
      return;
    }
    const key = `${row.name}\u0000${row.organisation}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({ rowNumber, severity: 'error', message: `第 ${String(rowNumber)} 行与第 ${String(earlier)} 行是同一位专家（${row.name}，${row.organisation || '未填单位'}）` });
      return;
    }
    seen.set(key, rowNumber);
    if (row.phone !== '' && !/^\+?\d{7,15}$/u.test(row.phone)) issues.push({ rowNumber, severity: 'warning', message: `第 ${String(rowNumber)} 行的电话“${row.phone}”不像电话号码` });
    rows.push(row);
  });
  if (rows.length === 0 && !issues.some((i) => i.severity === 'error')) issues.push({ rowNumber: header.index + 1, severity: 'error', message: '表头下没有任何专家' });
  return { rows, issues, unmappedHeaders: header.unmapped };
}

/**
 * The categories an expert's 专业领域 names (a category whose name appears in it, or that contains it);
 * empty when it names none, and an expert with no panel may be assigned in every category.
 */
export function panelOf(expertise: string, categories: readonly { id: string; name: string }[]): string[] {
  const own = clean(expertise).replace(/\s+/gu, '');
  if (own === '') return [];
  return categories.filter((c) => {
    const name = clean(c.name).replace(/\s+/gu, '');
    return name !== '' && (own.includes(name) || name.includes(own));
  }).map((c) => c.id);
}
