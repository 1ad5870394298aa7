import type { Criterion } from '../domain/rubric.ts';
import { validateScore, type ScoreProblem } from './validate-score.ts';

/**
 * What a score field's text means. One rule for every place a score is typed: the text is saved
 * only when it is, as a whole, a number the criterion allows; anything else is refused with its
 * reason and nothing is saved (never clamped, never rounded to a step).
 */
export type ScoreInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'score'; readonly score: number }
  | { readonly kind: 'refused'; readonly problem: ScoreInputProblem };

/** Why a typed score is not saved: the criterion's own problems, or text that is not a plain decimal. */
export interface ScoreInputProblem {
  readonly code: ScoreProblem['code'] | 'decimal_comma' | 'incomplete';
  /** The value as read, where the text is a number (for 当前为 …). */
  readonly value: number | null;
}

// Chinese IMEs type full-width digits, point and minus; people paste spaces from spreadsheets.
const fullWidth = /[\uFF10-\uFF19\uFF0E\uFF0D]/g;
const spaces = /[\s\u3000]/g;
const plainDecimal = /^-?(\d+\.?\d*|\.\d+)$/;

/** The text with full-width digits, point and minus made half-width, and spaces removed. */
export function normaliseScoreText(text: string): string {
  return text.replace(spaces, '').replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Reads a score field's text against its criterion (see ScoreInput). */
export function readScoreInput(criterion: Criterion, text: string): ScoreInput {
  const plain = normaliseScoreText(text);
  if (plain === '') return { kind: 'empty' };
  // 4,5 might mean 4.5 or 45: ask for a point rather than guess.
  if (/[,，]/.test(plain)) return { kind: 'refused', problem: { code: 'decimal_comma', value: null } };
  if (plain === '-' || plain === '.' || plain === '-.') return { kind: 'refused', problem: { code: 'incomplete', value: null } };
  if (!plainDecimal.test(plain)) return { kind: 'refused', problem: { code: 'not_a_number', value: null } };
  const value = Number(plain);
  const problem = validateScore(criterion, value);
  if (problem) return { kind: 'refused', problem: { code: problem.code, value } };
  // −0 and 0 are one score.
  return { kind: 'score', score: value === 0 ? 0 : value };
}
