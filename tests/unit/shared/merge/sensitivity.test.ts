import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../../../../shared/domain/program.ts';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { aggregateApplication, type ExpertScore, type MergeSettings } from '../../../../shared/merge/aggregate-application.ts';
import type { MergedCategory } from '../../../../shared/merge/merge-review.ts';
import { rankCategory } from '../../../../shared/merge/rank-category.ts';
import { normalisedScores } from '../../../../shared/merge/sensitivity-normalised.ts';
import { categorySensitivity } from '../../../../shared/merge/sensitivity-report.ts';

const criterion = (id: string) => ({ id, title: id, maxPoints: 50, step: 0.5, bands: [], commentRule: { kind: 'never' as const }, keywords: [], guidance: '' });
const rubric = {
  id: 'r', title: '评分细则', totalPoints: 100,
  sections: [{ id: 'a', title: '基础', criteria: [criterion('a1')] }, { id: 'b', title: '成效', criteria: [criterion('b1')] }],
  checks: [], vetoes: [],
} as unknown as Rubric;
const aggregation: Aggregation = { rule: 'mean', trimCount: 1, trimMinimumPanel: 5, minimumPanel: 1, divergence: { maxRange: 100, maxStdDev: 100 }, tieBreak: [{ kind: 'coordinator' }] };
const settings: MergeSettings = { aggregation, trimOn: 'totals', deviationShare: 1 };

// One expert's total, split over the two criteria (a1 takes up to 50).
function score(expertId: string, total: number): ExpertScore {
  const a1 = Math.min(50, total);
  return { expertId, name: `专家${expertId}`, organisation: '', total, criteria: new Map([['a1', a1], ['b1', total - a1]]), checks: new Map(), vetoes: [] };
}

/** A merged category from each application's experts' totals, ranked as the merge ranks it. */
function category(apps: Record<string, Record<string, number>>, quota: number): MergedCategory {
  const merged = Object.entries(apps).map(([id, totals]) => {
    const scores = Object.entries(totals).map(([e, t]) => score(e, t));
    return { submissionId: id, applicant: id, partners: [], aggregate: aggregateApplication(scores, rubric, settings, []), scores, recused: [] };
  });
  const by = new Map(merged.map((m) => [m.submissionId, m]));
  return { id: 'ai', name: '人工智能', quota, applications: rankCategory(merged, aggregation, quota).map((r) => ({ ...by.get(r.submissionId)!, ranking: r })) };
}

describe('the normalised view (sensitivity only)', () => {
  it('maps each expert’s z-scores within their own assignments back to the points scale: a harsh and a lenient expert agree, by hand', () => {
    // A: 60 70 80 (μ 70), B: 80 90 100 (μ 90), the same σ = √(200/3). All six: μ 80, σ = √(1000/6).
    // z = ∓1.2247…, and z · σ_pool = ∓10 · √2.5 = ∓15.8113… → 64.19, 80, 95.81 from both experts.
    const normal = normalisedScores([
      { submissionId: 'x', scores: [{ expertId: 'A', total: 60 }, { expertId: 'B', total: 80 }] },
      { submissionId: 'y', scores: [{ expertId: 'A', total: 70 }, { expertId: 'B', total: 90 }] },
      { submissionId: 'z', scores: [{ expertId: 'A', total: 80 }, { expertId: 'B', total: 100 }] },
    ]);
    expect([...normal.values()].map((f) => f?.value)).toEqual([64.19, 80, 95.81]);
  });

  it('an expert whose totals do not vary sits at the category mean; an application without scores has none', () => {
    const normal = normalisedScores([
      { submissionId: 'x', scores: [{ expertId: 'A', total: 60 }, { expertId: 'C', total: 75 }] },
      { submissionId: 'y', scores: [{ expertId: 'A', total: 90 }] },
      { submissionId: 'z', scores: [] },
    ]);
    // Pool 60 75 90: μ 75, σ = √150 = 12.247…; A: μ 75, σ 15 → z ∓1 → 62.75… and 87.24…; C alone → 75.
    expect(normal.get('x')?.value).toBe(68.88); // (62.7525… + 75) / 2 = 68.876…
    expect(normal.get('y')?.value).toBe(87.25);
    expect(normal.get('z')).toBeNull();
  });
});

describe('the sensitivity report of a category', () => {
  // Quota 1, ranked by the mean. X: 90 80 70 (mean 80, median 80); Y: 60 85 86 (mean 77, median 85).
  const close = category({ X: { '1': 90, '2': 80, '3': 70 }, Y: { '1': 60, '2': 85, '3': 86 } }, 1);

  it('says which rules change the recommended set, and how', () => {
    const report = categorySensitivity(close, rubric, settings);
    expect(report.recommended).toEqual(['X']);
    // Trimmed mean: three experts, under the minimum of five → the plain mean, no change. Median: Y 85 > X 80.
    // Normalised: expert 1 μ 75 σ 15, 2 μ 82.5 σ 2.5, 3 μ 78 σ 8 → z (X, Y) = (+1, −1), (−1, +1), (−1, +1) → X 78.5 − σ/3, Y 78.5 + σ/3.
    expect(report.rules).toEqual([
      { rule: 'trimmed-mean', changed: false, entering: [], leaving: [], tied: [] },
      { rule: 'median', changed: true, entering: ['Y'], leaving: ['X'], tied: [] },
      { rule: 'normalised', changed: true, entering: ['Y'], leaving: ['X'], tied: [] },
    ]);
    expect(report.normalised).toEqual([{ submissionId: 'X', value: 75.04 }, { submissionId: 'Y', value: 81.96 }]);
  });

  it('leaves each expert out in turn: only without expert 1 does Y come in (75 against 85.5)', () => {
    const report = categorySensitivity(close, rubric, settings);
    expect(report.leaveOneOut.map((l) => [l.expertId, l.changed, l.entering])).toEqual([['1', true, ['Y']], ['2', false, []], ['3', false, []]]);
    expect(report.robust).toBe(false);
  });

  it('finds the applications within one expert’s influence of the cut line', () => {
    const report = categorySensitivity(close, rubric, settings);
    // Cut line: X's 80; first out: Y's 77. X is 3 above; leaving expert 1 (or 3) moves it by 5. Y is 3 below; leaving expert 1 moves it by 8.5.
    expect(report.cutLine).toBe(80);
    expect(report.nearCut).toEqual([
      { submissionId: 'X', figure: 80, distance: 3, swing: 5, expertId: '1', name: '专家1' },
      { submissionId: 'Y', figure: 77, distance: 3, swing: 8.5, expertId: '1', name: '专家1' },
    ]);
  });

  it('a clear list is robust, and nothing sits near its line', () => {
    const clear = category({ X: { '1': 95, '2': 94, '3': 96 }, Y: { '1': 60, '2': 62, '3': 61 }, Z: { '1': 50, '2': 52, '3': 51 } }, 1);
    const report = categorySensitivity(clear, rubric, settings);
    expect(report).toMatchObject({ recommended: ['X'], robust: true, nearCut: [], cutLine: 95 });
    expect(report.rules.every((r) => !r.changed)).toBe(true);
  });

  it('without a quota line (quota 0: no ceiling) there is no cut line and nothing near it', () => {
    expect(categorySensitivity(category({ X: { '1': 90 }, Y: { '1': 80 } }, 0), rubric, settings)).toMatchObject({ cutLine: null, nearCut: [] });
  });
});
