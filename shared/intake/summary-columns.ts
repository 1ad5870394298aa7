import type { OutcomeFloor } from '../domain/outcome-floor.ts';
import { squeeze } from './normalise-name.ts';

/** What a 汇总表 column holds: an applicant field, a committed figure (outcome-floor id), or nothing the importer knows. */
export type SummaryColumn =
  | { readonly kind: 'field'; readonly field: SummaryField }
  | { readonly kind: 'figure'; readonly floorId: string }
  | { readonly kind: 'index' }
  | { readonly kind: 'unmapped' };

/** The applicant fields a 汇总表 column can map to. */
export type SummaryField = 'applicant' | 'category' | 'applicantType' | 'partners' | 'contact' | 'phone' | 'title';

// Units and notes in brackets (（个）, (%)) are not part of what a column is.
const core = (text: string) => squeeze(text).replace(/\([^)]*\)/gu, '').replace(/[、,，/:：*＊]/gu, '');

/** Applicant fields by header words, tried in order: the first that matches wins. */
const fieldPatterns: readonly (readonly [SummaryField, RegExp])[] = [
  ['contact', /联系人/u],
  ['phone', /电话|手机|联系方式/u],
  ['title', /项目名称|计划名称|集群名称/u],
  ['category', /领域|专业大类|产业/u],
  ['applicantType', /类型|类别|性质/u],
  ['partners', /合作|企业|机构|行业组织|参与单位/u],
  ['applicant', /学校|院校|牵头单位|申报单位|单位名称|主体/u],
];

/**
 * Maps one header (both rows of a two-row header, joined by `/`) to what the column holds. Figures
 * match an outcome floor when the header's core (without units) is part of the floor's label or
 * the label is part of the header: `就业对口率（%）` is 毕业生就业对口率. Figures are tried first
 * under a group heading such as 预期成效, fields otherwise.
 */
export function mapSummaryColumn(header: string, floors: readonly OutcomeFloor[]): SummaryColumn {
  const parts = header.split('/').map(core).filter((part) => part !== '');
  const last = parts.at(-1) ?? '';
  if (last === '' ) return { kind: 'unmapped' };
  if (/^(序号|编号|no\.?)$/iu.test(last)) return { kind: 'index' };
  for (const floor of floors) {
    const label = core(floor.label);
    if (last.length >= 3 && (label.includes(last) || last.includes(label))) return { kind: 'figure', floorId: floor.id };
    // 实习实训基地、虚拟仿真实训基地、技术创新中心（每类）split into one column per kind of base.
    if (last.length >= 4 && squeeze(floor.label).split(/[、,，]/u).some((piece) => core(piece) === last)) return { kind: 'figure', floorId: floor.id };
  }
  for (const [field, pattern] of fieldPatterns) if (pattern.test(last)) return { kind: 'field', field };
  return { kind: 'unmapped' };
}

/** Words that make a row a header rather than data (at least two distinct fields must be named). */
export function looksLikeHeaderRow(cells: readonly string[], floors: readonly OutcomeFloor[]): boolean {
  const fields = new Set(cells.map((cell) => mapSummaryColumn(cell, floors)).filter((c) => c.kind === 'field').map((c) => (c.kind === 'field' ? c.field : '')));
  return fields.has('applicant') && fields.size >= 2;
}
