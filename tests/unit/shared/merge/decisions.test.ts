import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../../../../shared/domain/program.ts';
import type { ApplicationAggregate } from '../../../../shared/merge/aggregate-application.ts';
import { decisionNeedsReason, suggestedDecision } from '../../../../shared/merge/decisions.ts';
import { rankCategory } from '../../../../shared/merge/rank-category.ts';

const f = (value: number) => ({ exact: String(value), value });
const aggregation: Aggregation = {
  rule: 'mean', trimCount: 1, trimMinimumPanel: 5, minimumPanel: 3,
  divergence: { maxRange: 20, maxStdDev: 8 },
  tieBreak: [{ kind: 'section', sectionId: 'a' }, { kind: 'median' }, { kind: 'coordinator' }, { kind: 'spread' }],
};

function app(submissionId: string, mean: number, more: { a?: number; median?: number; range?: number; veto?: boolean; panel?: number } = {}) {
  const aggregate: ApplicationAggregate = {
    panel: more.panel ?? 5, experts: [], mean: f(mean), trimmedMean: { figure: f(mean), applied: true, dropped: [] }, median: f(more.median ?? mean),
    range: f(more.range ?? 10), stdDev: f(3), sections: { a: f(more.a ?? 40) }, flags: more.veto ? [{ kind: 'veto', experts: [] }] : [],
  };
  return { submissionId, aggregate };
}

describe('ranking a category against its quota', () => {
  it('ranks by the rule, breaks a tie by the section, then the median, and stops at the coordinator step', () => {
    const ranking = rankCategory([app('d', 80), app('c', 85, { a: 44 }), app('a', 90), app('b', 85, { a: 45 }), app('e', 85, { a: 44, median: 86 })], aggregation, 3);
    // decidedBy: what separated it from the one just above (b is below a on the mean itself).
    expect(ranking.map((r) => [r.submissionId, r.rank, r.decidedBy])).toEqual([['a', 1, null], ['b', 2, null], ['e', 3, 'section'], ['c', 4, 'median'], ['d', 5, null]]);
    expect(ranking.map((r) => r.standing)).toEqual(['within-quota', 'within-quota', 'within-quota', 'reserve', 'reserve']);
  });

  it('equal after every step before the coordinator: the same rank (并列), and a tie across the quota line is the coordinator\'s', () => {
    // 'spread' comes after 'coordinator': it never runs, though b's spread is smaller.
    const ranking = rankCategory([app('a', 90), app('b', 85, { range: 2 }), app('c', 85), app('d', 70)], aggregation, 2);
    expect(ranking.map((r) => [r.submissionId, r.rank, r.tied, r.standing])).toEqual([
      ['a', 1, false, 'within-quota'],
      ['b', 2, true, 'tie-at-quota-line'],
      ['c', 2, true, 'tie-at-quota-line'],
      ['d', 4, false, 'reserve'],
    ]);
  });

  it('ranks on the published figure (四舍五入 to 2 decimals): what is signed is what ranks', () => {
    const ranking = rankCategory([{ ...app('a', 85), aggregate: { ...app('a', 85).aggregate, mean: { exact: '85.3333', value: 85.33 } } }, { ...app('b', 85), aggregate: { ...app('b', 85).aggregate, mean: { exact: '85.3349', value: 85.33 } } }], { ...aggregation, tieBreak: [] }, 1);
    expect(ranking.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('a vetoed or unscored application is out of the ranking, listed after it with why', () => {
    const ranking = rankCategory([app('a', 95, { veto: true }), app('b', 80), app('c', 0, { panel: 0 })], aggregation, 1);
    expect(ranking.map((r) => [r.submissionId, r.rank, r.standing, r.excludedBecause])).toEqual([
      ['b', 1, 'within-quota', null],
      ['a', null, 'excluded', 'veto'],
      ['c', null, 'excluded', 'no-scores'],
    ]);
  });

  it('an application the formal check failed is out of the ranking before any other reason, its place given to the next', () => {
    const failed = app('a', 99, { veto: true });
    const formal = { ...failed, aggregate: { ...failed.aggregate, flags: [{ kind: 'formal_check_failed' as const, reasons: ['材料缺失：缺少申报书盖章版'] }, ...failed.aggregate.flags] } };
    const ranking = rankCategory([formal, app('b', 80), app('c', 70)], aggregation, 1);
    expect(ranking.map((r) => [r.submissionId, r.rank, r.standing, r.excludedBecause])).toEqual([
      ['b', 1, 'within-quota', null],
      ['c', 2, 'reserve', null],
      ['a', null, 'excluded', 'formal-check'],
    ]);
    expect(suggestedDecision('excluded')).toBe('reject');
  });

  it('a quota of 0 (not fixed by the call) recommends every ranked application', () => {
    expect(rankCategory([app('a', 90), app('b', 80)], aggregation, 0).map((r) => r.standing)).toEqual(['within-quota', 'within-quota']);
  });
});

describe('suggested decisions', () => {
  it('推荐 within the quota, 候补 after it, 不推荐 out of the ranking, nothing at a tie across the line; departing needs a reason', () => {
    expect(['within-quota', 'reserve', 'excluded', 'tie-at-quota-line'].map((s) => suggestedDecision(s as never))).toEqual(['recommend', 'reserve', 'reject', null]);
    expect(decisionNeedsReason('within-quota', 'recommend')).toBe(false);
    expect(decisionNeedsReason('within-quota', 'reject')).toBe(true);
    expect(decisionNeedsReason('tie-at-quota-line', 'recommend')).toBe(true);
  });
});
