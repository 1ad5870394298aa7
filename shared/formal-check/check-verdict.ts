import type { CheckedRule, CheckOutcome, CheckVerdict, MaterialConclusion } from '../domain/formal-check-view.ts';

/**
 * An application's verdict from its effective results (an override replaces the automatic result):
 * `fail` when any fails, `pending` while a warning stands (the coordinator settles it by an
 * override), `pass` otherwise; `unchecked` with no results yet.
 */
export function checkVerdict(effective: readonly CheckOutcome[]): CheckVerdict {
  if (effective.length === 0) return 'unchecked';
  if (effective.includes('fail')) return 'fail';
  if (effective.includes('warn')) return 'pending';
  return 'pass';
}

/** Whether an application's formal check is decided (passed or failed, no warning left open). */
export function isDecided(verdict: CheckVerdict): boolean {
  return verdict === 'pass' || verdict === 'fail';
}

/**
 * Whether review packages carry an application: a 材料审核 conclusion decides where there is one
 * (通过 in, 不通过 out, 补正 as the check says); otherwise a failed check leaves it out. An
 * application never checked (the demo, a review made before the formal check) goes in.
 */
export function goesIntoPackages(verdict: CheckVerdict, conclusion: MaterialConclusion | null): boolean {
  if (conclusion === 'pass') return true;
  if (conclusion === 'reject') return false;
  return verdict !== 'fail';
}

/** The counts of effective results over every application, for the report's heading. */
export function countResults(rules: readonly Pick<CheckedRule, 'effective'>[]): { pass: number; fail: number; warn: number } {
  const counts = { pass: 0, fail: 0, warn: 0 };
  for (const rule of rules) counts[rule.effective]++;
  return counts;
}
