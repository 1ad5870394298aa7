import { squeeze } from './normalise-name.ts';

/** What the cover of a 申报书 (附件 2) names, each '' where the cover does not say. */
export interface CoverFacts {
  readonly applicant: string;
  readonly category: string;
  readonly title: string;
  readonly partners: readonly string[];
}

const labels = ['申报领域', '项目名称', '牵头单位', '申报单位', '合作单位', '集群牵头', '申报日期', '联系人', '联系电话'];
const labelPattern = new RegExp(`(${labels.join('|')})[:：]`, 'gu');

/**
 * Reads the form lines of a 申报书 cover (`申报领域：人工智能`, `牵头单位：某学院（盖章）` …) from its
 * first page's text. Spaces are dropped first (pdf.js splits CJK lines at spaces); a value ends
 * where the next label begins.
 */
export function readCover(pageText: string): CoverFacts {
  const text = squeeze(pageText);
  const found = new Map<string, string>();
  const marks = [...text.matchAll(labelPattern)];
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? Math.min(text.length, start + 80);
    if (!found.has(mark[1] as string)) found.set(mark[1] as string, text.slice(start, end));
  });
  const applicant = (found.get('牵头单位') ?? found.get('申报单位') ?? '').replace(/\((盖章|公章)\)/u, '');
  return {
    applicant,
    category: found.get('申报领域') ?? '',
    title: found.get('项目名称') ?? '',
    partners: (found.get('合作单位') ?? '').split(/[、,;；]/u).filter((name) => name !== ''),
  };
}
