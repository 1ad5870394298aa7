import type { CommentRule } from '../domain/rubric.ts';
import { formatPoints } from '../scoring/decimal.ts';

/** The comment rule of a criterion whose sheet gives none: every score is explained (DESIGN.md §1). */
export const defaultCommentRule: CommentRule = { kind: 'always' };

/**
 * Folds full-width ASCII (１０，；：－～（）) and the ideographic space to half-width, one
 * character for one, so positions in the folded text are positions in the original.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Reads a points or step cell written as text: `10`, `７.５`, `10分`; null when it is not a number. */
export function parsePointsText(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*分?$/u.exec(toHalfWidth(text).trim());
  return match ? Number(match[1]) : null;
}

/** Keywords from a cell: separated by 、 , ， ; ； or line breaks. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[、,，;；\n]/u)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** The keywords cell text: joined with 、. */
export function formatKeywords(keywords: readonly string[]): string {
  return keywords.join('、');
}

/** A comment rule as the 评语要求 column writes it: 始终, 不要求, or `≤60% 或 ≥90%`. */
export function formatCommentRule(rule: CommentRule): string {
  if (rule.kind === 'always') return '始终';
  if (rule.kind === 'never') return '不要求';
  return `≤${rule.lowPercent}% 或 ≥${rule.highPercent}%`;
}

/** Reads a 评语要求 cell; an empty cell gives the default rule, unreadable text gives null. */
export function parseCommentRuleText(text: string): CommentRule | null {
  const folded = toHalfWidth(text).replace(/\s+/gu, '');
  if (folded === '') return defaultCommentRule;
  if (['始终', '总是', '必填', '必须', '均需', 'always'].includes(folded)) return { kind: 'always' };
  if (['不要求', '不需要', '无', '否', 'never'].includes(folded)) return { kind: 'never' };
  const match = /^(?:≤|<=)(\d+(?:\.\d+)?)%(?:或|或者|,|;|\/)?(?:≥|>=)(\d+(?:\.\d+)?)%$/u.exec(folded);
  if (!match) return null;
  return { kind: 'extremes', lowPercent: Number(match[1]), highPercent: Number(match[2]) };
}

/** A header cell's text reduced for matching: no spaces or line breaks, half-width, no `（分）` suffix. */
export function normalizeHeaderText(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/gu, '')
    .replace(/\([^)]*\)$/u, '');
}

/** The `满分 100 分` a title states, or null. */
export function statedTotal(title: string): number | null {
  const match = /满分\s*(\d+(?:\.\d+)?)\s*分?/u.exec(toHalfWidth(title));
  return match ? Number(match[1]) : null;
}

/** The rubric's title from the sheet's title: without the `（满分 100 分）` remark. */
export function titleWithoutTotal(title: string): string {
  return title
    .replace(/[(（]\s*满分[^)）]*[)）]/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The title row's text for a rubric: its title and `（满分 N 分）`. */
export function titleWithTotal(title: string, total: number): string {
  return `${title}（满分 ${formatPoints(total)} 分）`;
}

/** The default step of a criterion whose sheet gives none: 0.5 if any bound or maximum has a fraction, else 1. */
export function defaultStep(numbers: readonly number[]): number {
  return numbers.some((n) => !Number.isInteger(n)) ? 0.5 : 1;
}
