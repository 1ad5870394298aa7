import type { ApplicantType } from '../domain/program.ts';
import { squeeze } from './normalise-name.ts';


/**
 * The program's applicant-type id a 汇总表's 类型 cell names: its id, its label, or a label that
 * contains the cell's words (高水平高职 → 省高水平高职学校建设单位). '' where none or several fit.
 */
export function applicantTypeIdOf(text: string, types: readonly ApplicantType[]): string {
  const cell = squeeze(text);
  if (cell === '') return '';
  const exact = types.find((t) => t.id === cell || squeeze(t.label) === cell);
  if (exact) return exact.id;
  const near = types.filter((t) => squeeze(t.label).includes(cell) || cell.includes(squeeze(t.label)));
  return near.length === 1 ? (near[0] as ApplicantType).id : '';
}
