import { Exact } from '../merge/exact.ts';

/** A 汇总表 cell as the reader hands it over: text as shown, a number as stored, or nothing. */
export type SummaryCell = string | number | null;

const numberPattern = /[-+]?\d+(?:\.\d+)?/u;

/**
 * A committed figure as people type it: full-width digits (NFKC), `3个`, `≥3`, `不少于 3`, `是`/`否`
 * (1/0). Percent floors (`unit` `%`) read `80%`, `0.8` and `80` as 80: a bare number up to 1 is a
 * fraction (Excel stores `80%` as 0.8). Exact decimal arithmetic, so 0.8 is 80, not 80.00000000000001.
 * Null when the cell holds no figure.
 */
export function parseFigure(cell: SummaryCell, unit: string): number | null {
  if (cell === null) return null;
  const text = (typeof cell === 'number' ? String(cell) : cell).normalize('NFKC').replace(/[,\s]/gu, '');
  if (text === '') return null;
  if (/^(是|有|√)$/u.test(text)) return 1;
  if (/^(否|无|×)$/u.test(text)) return 0;
  const match = numberPattern.exec(text);
  if (!match) return null;
  const value = new Exact(match[0]);
  if (unit !== '%') return value.toNumber();
  if (text.includes('%')) return value.toNumber();
  return value.abs().lte(1) ? value.times(100).toNumber() : value.toNumber();
}

/** A cell's text as shown: numbers without float noise, text trimmed and NFKC-normalised spaces. */
export function cellText(cell: SummaryCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return new Exact(cell).toString();
  return cell.replace(/\u3000/gu, ' ').trim();
}
