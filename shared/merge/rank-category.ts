import type { Aggregation, TieBreak } from '../domain/program.ts';
import { ruleFigure, type ApplicationAggregate } from './aggregate-application.ts';

/** An application's place in its category's ranking. */
export interface RankedApplication {
  readonly submissionId: string;
  /** 1-based; equal after every tie-break step: the same rank (并列). Null: out of the ranking. */
  readonly rank: number | null;
  readonly tied: boolean;
  /** Within the quota (推荐), a tie across the quota line (the coordinator decides), or after it (候补 in rank order). */
  readonly standing: 'within-quota' | 'tie-at-quota-line' | 'reserve' | 'excluded';
  /** Why it is out of the ranking: the formal check failed it, a veto, or no score at all. */
  readonly excludedBecause: 'formal-check' | 'veto' | 'no-scores' | null;
  /** The tie-break step that separated it from the application ranked just above, if one did. */
  readonly decidedBy: TieBreak['kind'] | null;
}

type Entry = { readonly submissionId: string; readonly aggregate: ApplicationAggregate };

// Higher first for scores and medians, smaller first for the spread; null (no value) last.
function compareStep(a: ApplicationAggregate, b: ApplicationAggregate, step: TieBreak): number {
  // Both missing compares equal (−∞ − −∞ would be NaN and break the sort).
  const desc = (x: number | undefined, y: number | undefined) => (x === y ? 0 : (y ?? -Infinity) - (x ?? -Infinity));
  switch (step.kind) {
    case 'section':
      return desc(a.sections[step.sectionId]?.value, b.sections[step.sectionId]?.value);
    case 'median':
      return desc(a.median?.value, b.median?.value);
    case 'spread':
      return a.range?.value === b.range?.value ? 0 : (a.range?.value ?? Infinity) - (b.range?.value ?? Infinity);
    case 'coordinator':
      return 0;
  }
}

/**
 * Ranks one category by the review's rule, on the published figures (四舍五入 to 2 decimals: what
 * the committee signs is what ranks), ties broken by the program's tie-break order up to a
 * 'coordinator' step; still equal after every step: the same rank (1, 2, 2, 4). Vetoed and unscored
 * applications are out of the ranking, listed after it. The quota is a ceiling: applications ranked
 * within it are recommended, a tie across the line is left to the coordinator, the rest are reserves.
 */
export function rankCategory(entries: readonly Entry[], aggregation: Aggregation, quota: number): RankedApplication[] {
  const excludedBecause = (a: ApplicationAggregate): RankedApplication['excludedBecause'] =>
    a.flags.some((f) => f.kind === 'formal_check_failed') ? 'formal-check' : a.flags.some((f) => f.kind === 'veto') ? 'veto' : a.panel === 0 ? 'no-scores' : null;
  const ranked = entries.filter((e) => excludedBecause(e.aggregate) === null);
  // Steps after a 'coordinator' step never run: from there on the coordinator decides.
  const stop = aggregation.tieBreak.findIndex((s) => s.kind === 'coordinator');
  const steps = stop < 0 ? aggregation.tieBreak : aggregation.tieBreak.slice(0, stop);
  const byRule = (e: Entry) => ruleFigure(e.aggregate, aggregation.rule)?.value ?? -Infinity;
  const compare = (a: Entry, b: Entry): { order: number; step: TieBreak['kind'] | null } => {
    const main = byRule(b) - byRule(a);
    if (main !== 0) return { order: main, step: null };
    for (const step of steps) {
      const order = compareStep(a.aggregate, b.aggregate, step);
      if (order !== 0) return { order, step: step.kind };
    }
    return { order: 0, step: null };
  };
  // A stable sort keeps applications that stay tied in the review's own order.
  const sorted = [...ranked].sort((a, b) => compare(a, b).order);
  const ranks: number[] = [];
  sorted.forEach((e, i) => ranks.push(i > 0 && compare(sorted[i - 1] as Entry, e).order === 0 ? (ranks[i - 1] as number) : i + 1));
  const limit = quota > 0 ? quota : Infinity;
  const result = sorted.map((e, i): RankedApplication => {
    const rank = ranks[i] as number;
    const tied = ranks.filter((r) => r === rank).length > 1;
    const lastOfGroup = rank + ranks.filter((r) => r === rank).length - 1;
    const standing = lastOfGroup <= limit ? 'within-quota' : rank <= limit ? 'tie-at-quota-line' : 'reserve';
    const decidedBy = i > 0 ? compare(sorted[i - 1] as Entry, e).step : null;
    return { submissionId: e.submissionId, rank, tied, standing, excludedBecause: null, decidedBy };
  });
  const out = entries
    .filter((e) => excludedBecause(e.aggregate) !== null)
    .map((e): RankedApplication => ({ submissionId: e.submissionId, rank: null, tied: false, standing: 'excluded', excludedBecause: excludedBecause(e.aggregate), decidedBy: null }));
  return [...result, ...out];
}
