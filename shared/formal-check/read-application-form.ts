// Reads what the formal check compares from a 申报书's page texts (as pdf.js gives them): the
// cover of 附件 2 (申报领域, 项目名称, 牵头单位, 合作单位 as `label：value` lines, a value wrapping
// onto the next lines) and the 预期成效 table (a row per floor: 指标, 方案要求, 本项目承诺).
import type { OutcomeFloor } from '../domain/outcome-floor.ts';

/** The cover's fields this check uses; null where the cover does not show them. */
export interface ApplicationCover {
  /** 1-based page of the cover. */
  readonly page: number;
  readonly category: string | null;
  readonly applicant: string | null;
  readonly partners: readonly string[] | null;
  readonly title: string | null;
}

/** A committed figure read from the 预期成效 table: its value and the page it is on. */
export interface TableFigure {
  readonly value: number;
  readonly page: number;
}

const coverLabels = {
  category: ['申报领域', '所属领域', '产业领域', '领域'],
  applicant: ['牵头单位', '牵头院校', '申报单位', '牵头学校'],
  partners: ['合作单位', '联合申报单位', '参与单位', '成员单位'],
  title: ['项目名称'],
} as const;

const labelLine = /^\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})[:：]\s*(.*)$/u;

function fieldOf(label: string): keyof typeof coverLabels | null {
  const bare = label.replace(/\s+/gu, '');
  for (const [field, labels] of Object.entries(coverLabels) as [keyof typeof coverLabels, readonly string[]][]) {
    if (labels.includes(bare)) return field;
  }
  return null;
}

// A stamp note the applicant's form carries after its own name.
function withoutStampNote(value: string): string {
  return value.replace(/[(（]\s*(盖章|公章|签章)\s*[)）]/gu, '').trim();
}

/** Splits a list of institutions as forms write it: 、，,；; or line breaks between names. */
export function splitNames(text: string): string[] {
  return text.split(/[、，,；;\n]+/u).map((n) => withoutStampNote(n)).filter((n) => n !== '');
}

/** The cover of a 申报书: the first of its first three pages with a 牵头单位 or 申报领域 line; null where none has. */
export function readApplicationCover(pageTexts: readonly string[]): ApplicationCover | null {
  for (let index = 0; index < Math.min(3, pageTexts.length); index++) {
    const values: Partial<Record<keyof typeof coverLabels, string>> = {};
    let current: keyof typeof coverLabels | null = null;
    for (const line of (pageTexts[index] ?? '').split('\n')) {
      const match = labelLine.exec(line);
      if (match) {
        current = fieldOf(match[1] ?? '');
        if (current && values[current] === undefined) values[current] = (match[2] ?? '').trim();
        else current = null;
      } else if (current) {
        // A long value wraps onto the next line; a line of its own after the form (the issuer) ends it.
        if (line.trim() === '' || /制$|^依据/u.test(line.trim())) current = null;
        else values[current] = `${values[current] ?? ''}${line.trim()}`;
      }
    }
    if (values.applicant === undefined && values.category === undefined) continue;
    return {
      page: index + 1,
      category: values.category?.trim() || null,
      applicant: values.applicant === undefined ? null : withoutStampNote(values.applicant) || null,
      partners: values.partners === undefined ? null : splitNames(values.partners),
      title: values.title?.trim() || null,
    };
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

// The label as a pattern that lets a table cell wrap or space out anywhere inside it.
function labelPattern(label: string): RegExp {
  const chars = [...label.normalize('NFKC').replace(/\s+/gu, '')].map(escapeRegExp);
  return new RegExp(chars.join('\\s*'), 'u');
}

// The floor's own value, printed in a 方案要求 column, is not the commitment.
const requirement = /(≥|>=|不少于|不低于|不小于|至少)\s*[0-9０-９]+(\.[0-9]+)?/gu;
const numberPattern = /[0-9]+(?:\.[0-9]+)?/u;

/**
 * The committed figures of the 预期成效 table: per floor, the first number on the rest of the line
 * where its label ends, after any requirement (≥ 3, 不少于 3), on the pages after a 预期成效 heading.
 * A floor whose label the table does not show is absent from the result.
 */
export function readCommittedFigures(pageTexts: readonly string[], floors: readonly OutcomeFloor[]): Record<string, TableFigure> {
  const start = pageTexts.findIndex((text) => /预期成效/u.test(text) && /承诺|目标值|指标值/u.test(text));
  const figures: Record<string, TableFigure> = {};
  if (start < 0) return figures;
  for (const floor of floors) {
    const pattern = labelPattern(floor.label);
    for (let index = start; index < pageTexts.length && figures[floor.id] === undefined; index++) {
      const text = (pageTexts[index] ?? '').normalize('NFKC');
      const match = pattern.exec(text);
      if (!match) continue;
      const after = text.slice(match.index + match[0].length);
      const rest = after.split('\n')[0] ?? '';
      const number = numberPattern.exec(rest.replace(requirement, ' '));
      if (number) figures[floor.id] = { value: Number(number[0]), page: index + 1 };
    }
  }
  return figures;
}
