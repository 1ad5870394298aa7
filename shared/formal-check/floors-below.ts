import { checkOutcomeFloors } from '../domain/outcome-floor.ts';
import type { IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { passed, rowEvidence, rowName, sentences, type Finding, type RuleContext } from './rule-context.ts';

/** A figure with its unit, as the reasons write it: `80%`, `3 个`. */
export function figureWithUnit(value: number, unit: string): string {
  return unit === '%' ? `${String(value)}%` : `${String(value)} ${unit}`.trim();
}

/**
 * floors.below (001 §四): the committed figures of the 汇总表 meet every outcome floor of the
 * program; the floor itself counts as met (shared/domain/outcome-floor.ts), a figure not given does not.
 */
export function checkFloorsBelow(application: IntakeApplicationFacts, context: RuleContext): Finding {
  const floors = context.program.outcomeFloors;
  if (floors.length === 0) return passed('本方案未设成效底线');
  const row = application.summaryRows[0];
  if (!row) return { result: 'warn', reason: '没有与本申报对应的汇总表行，未能核对成效底线', evidence: [] };
  const unmet = checkOutcomeFloors(floors, row.figures).filter((c) => !c.met);
  if (unmet.length === 0) return passed(`${rowName(row)}的 ${String(floors.length)} 项承诺指标均不低于底线`, [rowEvidence(row)]);
  const reasons = unmet.map(({ floor, actual }) =>
    actual === null
      ? `「${floor.label}」未填写（底线 ${figureWithUnit(floor.value, floor.unit)}）`
      : `「${floor.label}」承诺 ${figureWithUnit(actual, floor.unit)}，低于底线 ${figureWithUnit(floor.value, floor.unit)}`,
  );
  return { result: 'fail', reason: `${rowName(row)}：${sentences(reasons)}`, evidence: [rowEvidence(row)] };
}
