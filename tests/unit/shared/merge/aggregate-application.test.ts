import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../../../../shared/domain/program.ts';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { aggregateApplication, ruleFigure, type ExpertScore, type MergeSettings } from '../../../../shared/merge/aggregate-application.ts';
import { exactOf, figureOf, meanOf, sumOf, sumOfPoints } from '../../../../shared/merge/exact.ts';
import { flagReason } from '../../../../shared/merge/merge-flags.ts';

const criterion = (id: string) => ({ id, title: id, maxPoints: 50, step: 0.5, bands: [], commentRule: { kind: 'never' as const }, keywords: [], guidance: '' });
const rubric = {
  id: 'r', title: '评分细则', totalPoints: 100,
  sections: [{ id: 'a', title: '基础', criteria: [criterion('a1')] }, { id: 'b', title: '成效', criteria: [criterion('b1')] }],
  checks: [{ id: 'k1', title: '牵头单位资格', description: '' }],
  vetoes: [{ id: 'v1', title: '材料造假', description: '' }],
} as unknown as Rubric;

const aggregation: Aggregation = {
  rule: 'trimmed-mean', trimCount: 1, trimMinimumPanel: 5, minimumPanel: 3,
  divergence: { maxRange: 20, maxStdDev: 8 },
  tieBreak: [{ kind: 'section', sectionId: 'a' }, { kind: 'median' }, { kind: 'coordinator' }],
};
const settings: MergeSettings = { aggregation, trimOn: 'totals', deviationShare: 0.3 };

function expert(id: string, a1: number, b1: number, more: Partial<ExpertScore> = {}): ExpertScore {
  return { expertId: id, name: `专家${id}`, organisation: '某大学', total: a1 + b1, criteria: new Map([['a1', a1], ['b1', b1]]), checks: new Map([['k1', 'met']]), vetoes: [], ...more };
}

// Five experts, totals 80, 85, 90, 70.5, 95 (worked by hand below).
const five = [expert('1', 40, 40), expert('2', 42.5, 42.5), expert('3', 45, 45), expert('4', 45, 25.5), expert('5', 47.5, 47.5)];

describe('aggregating one application (exact, 四舍五入 once)', () => {
  it('mean, trimmed mean, median, range and population SD, worked by hand', () => {
    const result = aggregateApplication(five, rubric, settings, ['甲职业技术学院']);
    // Mean 420.5 / 5 = 84.1. Trimmed: drop 95 and 70.5 → (80 + 85 + 90) / 3 = 85. Median 85. Range 95 − 70.5 = 24.5.
    expect(result.mean).toEqual({ exact: '84.1', value: 84.1 });
    expect(result.trimmedMean).toEqual({ figure: { exact: '85', value: 85 }, applied: true, dropped: ['5', '4'] });
    expect(result.median?.value).toBe(85);
    expect(result.range?.value).toBe(24.5);
    // Deviations −4.1, 0.9, 5.9, −13.6, 10.9 → squares sum 356.2 → σ² = 71.24 → σ = 8.4404… → 8.44.
    expect(result.stdDev?.value).toBe(8.44);
    expect(ruleFigure(result, 'trimmed-mean')?.value).toBe(85);
    expect(result.sections['a']?.value).toBe(44); // (40 + 42.5 + 45 + 45 + 47.5) / 5
  });

  it('flags divergence by range and SD, naming the expert farthest from the median', () => {
    const { flags } = aggregateApplication(five, rubric, settings, []);
    const divergence = flags.find((f) => f.kind === 'divergence');
    expect(divergence).toMatchObject({ range: { value: 24.5 }, stdDev: { value: 8.44 }, outliers: [{ expertId: '4', distance: { value: -14.5 } }] });
    expect(flagReason(divergence!)).toBe('专家评分分歧：分差 24.5 分超过 20 分，标准差 8.44 超过 8；离中位数最远：专家4（-14.5）');
    // 70.5 is 17 / 87.5 = 19.4 % from the others' mean: under the 30 % rule, no deviation flag.
    expect(flags.some((f) => f.kind === 'deviation')).toBe(false);
  });

  it('trims each criterion instead, where the review says so', () => {
    // a1: 40 42.5 45 45 47.5 → drop 47.5, 40 → 44.1666…; b1: 40 42.5 45 25.5 47.5 → drop 47.5, 25.5 → 42.5; sum 86.666… → 86.67.
    const result = aggregateApplication(five, rubric, { ...settings, trimOn: 'criteria' }, []);
    expect(result.trimmedMean.figure?.value).toBe(86.67);
    expect(result.trimmedMean.figure?.exact).toMatch(/^86\.6666666/);
    expect(result.trimmedMean.applied).toBe(true);
  });

  it('trimming per criterion falls back to the plain mean on a small panel too, and says so', () => {
    // a1: 40 42.5 45 45 → 43.125; b1: 40 42.5 45 25.5 → 38.25; the same as the mean of the totals: 325.5 / 4 = 81.375 → 81.38.
    const result = aggregateApplication(five.slice(0, 4), rubric, { ...settings, trimOn: 'criteria' }, []);
    expect(result.trimmedMean).toEqual({ figure: { exact: '81.375', value: 81.38 }, applied: false, dropped: [] });
  });

  it('trimming on the totals and per criterion differ when an expert is extreme on one item only: worked by hand', () => {
    // Totals 70 (50+20), 70 (20+50), 80 (40+40), 90 (45+45), 85 (42.5+42.5).
    const split = [expert('1', 50, 20), expert('2', 20, 50), expert('3', 40, 40), expert('4', 45, 45), expert('5', 42.5, 42.5)];
    // On the totals: drop 90 and one 70 → (70 + 80 + 85) / 3 = 235 / 3 = 78.333… → 78.33.
    const onTotals = aggregateApplication(split, rubric, settings, []).trimmedMean;
    expect(onTotals.figure?.value).toBe(78.33);
    expect(onTotals.dropped).toEqual(['4', '1']);
    // Per criterion: a1 20 40 42.5 45 50 → drop 20, 50 → 127.5 / 3 = 42.5; b1 the same five values → 42.5; 42.5 + 42.5 = 85.
    expect(aggregateApplication(split, rubric, { ...settings, trimOn: 'criteria' }, []).trimmedMean).toEqual({ figure: { exact: '85', value: 85 }, applied: true, dropped: [] });
  });

  it('falls back to the plain mean on a panel smaller than trimMinimumPanel, and says so', () => {
    const four = five.slice(0, 4); // 80 85 90 70.5 → 325.5 / 4 = 81.375 → 81.38 (half up)
    const result = aggregateApplication(four, rubric, settings, []);
    expect(result.trimmedMean).toEqual({ figure: { exact: '81.375', value: 81.38 }, applied: false, dropped: [] });
  });

  it('a recused expert is simply not in the panel: too few scores is flagged', () => {
    const result = aggregateApplication(five.slice(0, 2), rubric, settings, []);
    expect(result.panel).toBe(2);
    expect(result.flags[0]).toEqual({ kind: 'too_few', panel: 2, minimum: 3 });
    expect(flagReason(result.flags[0]!)).toBe('有效评分仅 2 份，少于最少 3 份');
  });

  it('flags an expert more than 30 % from the others\' mean, a veto, a check failed by a majority, and an unrecused own organisation', () => {
    const scores = [
      expert('1', 40, 40, { checks: new Map([['k1', 'not-met']]) }),
      expert('2', 42.5, 42.5, { checks: new Map([['k1', 'not-met']]), vetoes: ['v1'] }),
      expert('3', 20, 20, { organisation: '甲职业技术学院' }),
    ];
    const { flags } = aggregateApplication(scores, rubric, settings, ['甲职业技术学院', '乙公司']);
    // Expert 3: 40 against (80 + 85) / 2 = 82.5 → 42.5 / 82.5 = 51.52 %. Expert 2: 85 against (80 + 40) / 2 = 60 → 41.67 %.
    // Expert 1: 80 against 62.5 → 28 %, under the rule. Each expert is held to the rule on their own.
    const deviations = flags.filter((f) => f.kind === 'deviation');
    expect(deviations).toMatchObject([
      { expert: { expertId: '2' }, percent: { value: 41.67 }, othersMean: { value: 60 } },
      { expert: { expertId: '3' }, percent: { value: 51.52 }, othersMean: { value: 82.5 } },
    ]);
    expect(flags.find((f) => f.kind === 'veto')).toMatchObject({ experts: [{ expertId: '2', items: ['材料造假'] }] });
    expect(flags.find((f) => f.kind === 'check_failed')).toMatchObject({ checkId: 'k1', failed: 2, panel: 3 });
    expect(flags.find((f) => f.kind === 'unrecused_conflict')).toMatchObject({ expert: { expertId: '3' }, institutions: ['甲职业技术学院'] });
  });

  it('rounds half up on the decimal value, where binary floating point would round down', () => {
    expect(((1.01 + 1) / 2).toFixed(2)).toBe('1.00'); // the double is 1.00499999…
    expect(figureOf(meanOf([exactOf(1.01), exactOf(1)])!)).toEqual({ exact: '1.005', value: 1.01 });
    expect(figureOf(exactOf(2.675)).value).toBe(2.68);
  });

  it('adds 0.5-point steps without drift, however many', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }), (halves) => {
        const totals = halves.map((h) => h / 2);
        const mean = meanOf(totals.map(exactOf))!;
        // The exact mean times the count gives back the exact sum of halves.
        expect(mean.times(totals.length).toNumber()).toBe(halves.reduce((a, b) => a + b, 0) / 2);
      }),
    );
  });

  it('the trimmed mean lies between the lowest and highest total, and the order of experts changes nothing', () => {
    const step = fc.integer({ min: 0, max: 100 }).map((n) => n / 2);
    fc.assert(
      fc.property(fc.array(fc.tuple(step, step), { minLength: 1, maxLength: 9 }), fc.boolean(), (pairs, onCriteria) => {
        const scores = pairs.map(([a, b], i) => expert(String(i), a, b));
        const s = { ...settings, trimOn: onCriteria ? ('criteria' as const) : ('totals' as const) };
        const result = aggregateApplication(scores, rubric, s, []);
        const totals = scores.map((e) => e.total);
        const trimmed = result.trimmedMean.figure!.value;
        expect(trimmed).toBeGreaterThanOrEqual(Math.min(...totals) - 0.005);
        expect(trimmed).toBeLessThanOrEqual(Math.max(...totals) + 0.005);
        const reversed = aggregateApplication([...scores].reverse(), rubric, s, []);
        expect(reversed.mean).toEqual(result.mean);
        expect(reversed.trimmedMean.figure).toEqual(result.trimmedMean.figure);
        expect(reversed.median).toEqual(result.median);
        expect(reversed.stdDev).toEqual(result.stdDev);
        expect(reversed.flags).toHaveLength(result.flags.length);
      }),
    );
  });
});

describe('sumOfPoints: section sums as scaled integers, equal to decimal addition', () => {
  it('adds short decimals exactly (0.1 + 0.2 is 0.3, 0.5 steps never drift), negatives and zero included', () => {
    expect(sumOfPoints([0.1, 0.2]).toString()).toBe('0.3');
    expect(sumOfPoints(Array.from({ length: 1000 }, () => 0.1)).toString()).toBe('100');
    expect(sumOfPoints([4.35, 2.65, -1, 0]).toString()).toBe('6');
    expect(sumOfPoints([]).toString()).toBe('0');
  });

  it('equals the sum in decimal.js for any scores, and for numbers a double cannot scale (long fractions, exponents, huge)', () => {
    const score = fc.oneof(
      fc.integer({ min: -10_000_000, max: 10_000_000 }).chain((n) => fc.integer({ min: 0, max: 6 }).map((d) => n / 10 ** d)),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (points) => {
        const decimal = sumOf(points.map(exactOf));
        expect(sumOfPoints(points).equals(decimal)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
