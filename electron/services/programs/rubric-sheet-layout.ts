import { normalizeHeaderText } from '../../../shared/programs/sheet-text.ts';

/** The name of the criteria sheet the exporter writes and the importer looks for first. */
export const RUBRIC_SHEET = '评分细则';

/** The name of the sheet listing 一票否决 and 达标 items. */
export const ITEMS_SHEET = '否决与达标';

/** What a column of the criteria sheet holds. */
export type ColumnKind =
  | 'section'
  | 'points'
  | 'criterion'
  | 'guidance'
  | 'bands'
  | 'bandNotes'
  | 'step'
  | 'commentRule'
  | 'keywords'
  | 'id';

/** Header texts accepted for each column, after normalizeHeaderText. */
export const HEADER_VARIANTS: Readonly<Record<ColumnKind, readonly string[]>> = {
  section: ['一级指标', '一级指标名称', '一级指标内容'],
  points: ['分值', '分数', '满分', '标准分', '分值分配'],
  criterion: ['二级指标', '二级指标名称', '二级指标内容'],
  guidance: ['评分要点', '评分标准', '评分说明', '评分内容', '考察要点'],
  bands: ['评分档次', '等级', '档次', '评分等级', '等级划分', '档次划分'],
  bandNotes: ['档次说明', '等级说明'],
  step: ['步长', '计分步长'],
  commentRule: ['评语要求'],
  keywords: ['关键词', '关键字'],
  id: ['编号'],
};

/** Sub-headers under a merged 一级指标/二级指标 group header (a two-row header): the title column. */
export const GROUP_TITLE_SUBHEADERS: readonly string[] = ['名称', '指标', '内容', '指标名称', '指标内容'];

/** What a header cell names, or null for a column the importer ignores (序号, 备注 …). */
export function headerKind(text: string): ColumnKind | null {
  const normalized = normalizeHeaderText(text);
  for (const [kind, variants] of Object.entries(HEADER_VARIANTS) as [ColumnKind, readonly string[]][]) {
    if (variants.includes(normalized)) return kind;
  }
  return null;
}

/** How many columns are scanned: a sheet formatted out to column XFD must not cost 16 384 reads a row. */
export function scanColumns(sheet: { readonly columnCount: number }): number {
  return Math.min(sheet.columnCount, 60);
}

/** Texts in the first cell of a closing row that make it the 合计 row. */
export const TOTAL_ROW_LABELS: readonly string[] = ['合计', '总计', '总分', '合计分值', '总分值'];

/** The columns the exporter writes, in order, with their widths (characters). The 编号 column is hidden. */
export const EXPORT_COLUMNS: readonly { kind: ColumnKind; header: string; width: number }[] = [
  { kind: 'section', header: '一级指标', width: 16 },
  { kind: 'points', header: '分值', width: 7 },
  { kind: 'criterion', header: '二级指标', width: 22 },
  { kind: 'points', header: '分值', width: 7 },
  { kind: 'guidance', header: '评分要点', width: 44 },
  { kind: 'bands', header: '评分档次', width: 22 },
  { kind: 'bandNotes', header: '档次说明', width: 36 },
  { kind: 'step', header: '步长', width: 7 },
  { kind: 'commentRule', header: '评语要求', width: 14 },
  { kind: 'keywords', header: '关键词', width: 20 },
  { kind: 'id', header: '编号', width: 16 },
];

/** Headers of the 否决与达标 sheet. */
export const ITEM_HEADERS = { type: '类型', title: '名称', guidance: '说明', id: '编号' } as const;

/** The 类型 cell of a veto item and of a 达标 check, as written and as accepted. */
export const ITEM_TYPES = {
  veto: { written: '一票否决', accepted: ['一票否决', '否决', '否决项', '一票否决项'] },
  check: { written: '达标', accepted: ['达标', '达标项', '达标要求', '达标/不达标', '底线要求'] },
} as const;

/** Joins a section id and a criterion id into one 编号 cell: `s1/s1-c2`. */
export function formatIdCell(sectionId: string, criterionId: string): string {
  return `${sectionId}/${criterionId}`;
}

const ID = /^[a-z0-9][a-z0-9-]*$/u;

/** Reads a 编号 cell written by formatIdCell; null for anything else (numbering such as `1.1`). */
export function parseIdCell(text: string): { sectionId: string; criterionId: string } | null {
  const [sectionId = '', criterionId = '', ...rest] = text.trim().split('/');
  return rest.length === 0 && ID.test(sectionId) && ID.test(criterionId) ? { sectionId, criterionId } : null;
}

/** Whether a text is a valid id (as idSchema), for 编号 cells of single items. */
export function isId(text: string): boolean {
  return ID.test(text) && text.length <= 80;
}
