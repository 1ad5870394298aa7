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
const requirement = /(≥|>=|不少于|不低于|不小于|至少)\s*[0-9]+(\.[0-9]+)?/gu;
const hasRequirement = /(≥|>=|不少于|不低于|不小于|至少)\s*[0-9]/u;
const numberPattern = /[0-9]+(?:\.[0-9]+)?/u;

interface Candidate {
  readonly floorId: string;
  readonly value: number;
  readonly withRequirement: boolean;
}

// Per floor, the number after its label on that line, on one page (NFKC: full-width digits and
// brackets as half-width). Prose and table may share a page: a label beside its requirement is the
// table's row and wins; otherwise the first occurrence followed by a number.
function candidatesOn(text: string, floors: readonly OutcomeFloor[]): Candidate[] {
  const normal = text.normalize('NFKC');
  const found: Candidate[] = [];
  for (const floor of floors) {
    const pattern = new RegExp(labelPattern(floor.label).source, 'gu');
    let best: Candidate | null = null;
    for (const match of normal.matchAll(pattern)) {
      const rest = normal.slice(match.index + match[0].length).split('\n')[0] ?? '';
      const number = numberPattern.exec(rest.replace(requirement, ' '));
      if (!number) continue;
      const candidate = { floorId: floor.id, value: Number(number[0]), withRequirement: hasRequirement.test(rest) };
      if (best === null || (candidate.withRequirement && !best.withRequirement)) best = candidate;
      if (best.withRequirement) break;
    }
    if (best) found.push(best);
  }
  return found;
}

/**
 * The committed figures of the 预期成效 table: per floor, the first number on the rest of the line
 * where its label ends, after any requirement (≥ 3, 不少于 3). The table is told from prose that
 * names the same indicators (the 建设基础's current figures, the 预期成效 chapter) by being the
 * page where most floors appear beside their requirement, then where most appear at all; a floor
 * it does not show is looked for on the next best page. A floor found nowhere is absent.
 */
export function readCommittedFigures(pageTexts: readonly string[], floors: readonly OutcomeFloor[]): Record<string, TableFigure> {
  const pages = pageTexts
    .map((text, index) => ({ page: index + 1, candidates: candidatesOn(text, floors) }))
    .filter((p) => p.candidates.length > 0)
    .sort((a, b) => {
      const besideRequirement = (p: typeof a) => p.candidates.filter((c) => c.withRequirement).length;
      return besideRequirement(b) - besideRequirement(a) || b.candidates.length - a.candidates.length || a.page - b.page;
    });
  const figures: Record<string, TableFigure> = {};
  for (const { page, candidates } of pages) {
    for (const c of candidates) figures[c.floorId] ??= { value: c.value, page };
  }
  return figures;
}
