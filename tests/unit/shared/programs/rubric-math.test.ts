import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { validateRubric } from '../../../../shared/programs/validate-rubric.ts';
import { isCommentRequired } from '../../../../shared/scoring/comment-rule.ts';
import { completenessOf } from '../../../../shared/scoring/completeness.ts';
import { formatPoints, isMultipleOf, roundPoints, sumPoints } from '../../../../shared/scoring/decimal.ts';
import { bandOf } from '../../../../shared/scoring/level-band.ts';
import { maxTotal, sectionScore, totalScore } from '../../../../shared/scoring/rubric-totals.ts';
import { validateScore } from '../../../../shared/scoring/validate-score.ts';
import { criterion, entry, fourBands, sampleRubric } from '../../../support/rubric-fixture.ts';

describe('decimal helpers', () => {
  it('sums tenths without float drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints(Array.from({ length: 10 }, () => 0.1))).toBe(1);
    expect(sumPoints([])).toBe(0);
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
  });

  it('adds the values as kept (to a millionth), so a sum matches its displayed terms', () => {
    expect(sumPoints([0.0000004, 0.0000004])).toBe(0);
    expect(sumPoints([1.0000004, 2.0000004, 3.0000004])).toBe(6);
  });

  it('rounds to a millionth and never returns −0', () => {
    expect(roundPoints(1.23456789)).toBe(1.234568);
    expect(Object.is(roundPoints(-0), 0)).toBe(true);
    expect(Object.is(roundPoints(-1e-9), 0)).toBe(true);
  });

  it('tells multiples of a step, tolerating float noise only', () => {
    expect(isMultipleOf(0.1 + 0.2, 0.1)).toBe(true);
    expect(isMultipleOf(7.5, 0.5)).toBe(true);
    expect(isMultipleOf(7.3, 0.5)).toBe(false);
    expect(isMultipleOf(0.35, 0.1)).toBe(false);
    expect(isMultipleOf(6, 2)).toBe(true);
    expect(isMultipleOf(5, 2)).toBe(false);
    expect(isMultipleOf(0, 0.1)).toBe(true);
    expect(isMultipleOf(Number.NaN, 1)).toBe(false);
  });
});

describe('validateScore', () => {
  const c = criterion();

  it('accepts 0, the maximum and steps between', () => {
    for (const value of [0, 0.5, 7.5, 14.5, 15]) expect(validateScore(c, value)).toBeNull();
  });

  it('names the criterion and the allowed range and step in Chinese', () => {
    const problem = validateScore(c, 16);
    expect(problem?.code).toBe('above_max');
    expect(problem?.message).toContain('「课程体系」的得分须在 0–15 之间，且为 0.5 的整数倍');
  });

  it('classifies each kind of bad score', () => {
    expect(validateScore(c, 15.5)?.code).toBe('above_max');
    expect(validateScore(c, -0.5)?.code).toBe('negative');
    expect(validateScore(c, 7.3)?.code).toBe('off_step');
    for (const value of [Number.NaN, Infinity, -Infinity, '7', null, undefined, {}]) {
      expect(validateScore(c, value)?.code).toBe('not_a_number');
    }
  });

  it('handles 0.1 steps: 0.1 + 0.2 is a valid score, 0.35 is not', () => {
    const tenths = criterion({ maxPoints: 1, step: 0.1 });
    expect(validateScore(tenths, 0.1 + 0.2)).toBeNull();
    expect(validateScore(tenths, 0.1 * 10)).toBeNull();
    expect(validateScore(tenths, 0.35)?.code).toBe('off_step');
    expect(validateScore(tenths, 1.1)?.code).toBe('above_max');
    expect(validateScore(tenths, 0.35)?.message).toContain('0–1 之间，且为 0.1 的整数倍');
  });
});

describe('rubric totals', () => {
  const rubric = sampleRubric();

  it('adds entered scores, counting missing ones as 0', () => {
    const e = entry({ scores: { c1: 12.5, c2: null, c3: 0.1 } });
    expect(sectionScore(rubric.sections[0]!, e)).toBe(12.5);
    expect(sectionScore(rubric.sections[1]!, e)).toBe(0.1);
    expect(totalScore(rubric, e)).toBe(12.6);
    expect(totalScore(rubric, entry())).toBe(0);
  });

  it('sums tenths exactly', () => {
    const tenths: Rubric = { ...rubric, sections: [{ ...rubric.sections[1]!, criteria: [criterion({ id: 'a', maxPoints: 1, step: 0.1 }), criterion({ id: 'b', maxPoints: 1, step: 0.1 })] }] };
    expect(totalScore(tenths, entry({ scores: { a: 0.1, b: 0.2 } }))).toBe(0.3);
  });

  it('gives the maximum as the sum of criterion maxima', () => {
    expect(maxTotal(rubric)).toBe(35);
    expect(totalScore(rubric, entry({ scores: { c1: 15, c2: 10, c3: 10 } }))).toBe(maxTotal(rubric));
  });
});

describe('bandOf', () => {
  const c = criterion({ bands: fourBands });

  it('finds the band at both inclusive edges', () => {
    expect(bandOf(c, 15)?.label).toBe('优');
    expect(bandOf(c, 12)?.label).toBe('优');
    expect(bandOf(c, 11.5)?.label).toBe('良');
    expect(bandOf(c, 9)?.label).toBe('良');
    expect(bandOf(c, 5.5)?.label).toBe('差');
    expect(bandOf(c, 0)?.label).toBe('差');
  });

  it('tolerates float noise at an edge but not a gap between bands', () => {
    expect(bandOf(c, 12 - 1e-12)?.label).toBe('优');
    expect(bandOf(c, 11.75)).toBeNull();
    expect(bandOf(c, 16)).toBeNull();
    expect(bandOf(criterion(), 5)).toBeNull();
  });

  it('works with tenths', () => {
    const tenths = criterion({ maxPoints: 1, step: 0.1, bands: [{ label: '低', min: 0, max: 0.2, description: '' }, { label: '高', min: 0.3, max: 1, description: '' }] });
    expect(bandOf(tenths, 0.1 + 0.2)?.label).toBe('高');
    expect(bandOf(tenths, 0.1 + 0.1)?.label).toBe('低');
  });
});

describe('isCommentRequired', () => {
  it("'always' asks for a comment once the criterion is scored, not before", () => {
    const c = criterion({ commentRule: { kind: 'always' } });
    expect(isCommentRequired(c, null)).toBe(false);
    expect(isCommentRequired(c, 0)).toBe(true);
    expect(isCommentRequired(c, 7.5)).toBe(true);
  });

  it("'never' never does", () => {
    expect(isCommentRequired(criterion(), 0)).toBe(false);
    expect(isCommentRequired(criterion(), 15)).toBe(false);
  });

  it("'extremes' asks at or below the low and at or above the high percentage", () => {
    const c = criterion({ commentRule: { kind: 'extremes', lowPercent: 20, highPercent: 90 } });
    expect(isCommentRequired(c, null)).toBe(false);
    expect(isCommentRequired(c, 0)).toBe(true);
    expect(isCommentRequired(c, 3)).toBe(true);
    expect(isCommentRequired(c, 3.5)).toBe(false);
    expect(isCommentRequired(c, 13)).toBe(false);
    expect(isCommentRequired(c, 13.5)).toBe(true);
    expect(isCommentRequired(c, 15)).toBe(true);
  });

  it("'extremes' thresholds on tenths are not defeated by float noise", () => {
    const c = criterion({ maxPoints: 1, step: 0.1, commentRule: { kind: 'extremes', lowPercent: 30, highPercent: 70 } });
    expect(isCommentRequired(c, 0.1 + 0.2)).toBe(true);
    expect(isCommentRequired(c, 0.4)).toBe(false);
    expect(isCommentRequired(c, 0.7)).toBe(true);
  });
});

describe('completenessOf', () => {
  const rubric = sampleRubric();

  it('lists everything missing in an empty entry', () => {
    const result = completenessOf(rubric, entry());
    expect(result).toMatchObject({ scoredCriteria: 0, totalCriteria: 3, missingScores: ['c1', 'c2', 'c3'], missingComments: [], uncheckedChecks: ['k1'], complete: false });
  });

  it('asks for comments the rules require, treating blank text as missing', () => {
    const result = completenessOf(rubric, entry({ scores: { c1: 15, c2: 6, c3: 5 }, comments: { c2: ' \u3000\n' }, checks: { k1: 'met' } }));
    expect(result.missingComments).toEqual(['c1', 'c2']);
    expect(result.scoredCriteria).toBe(3);
    expect(result.complete).toBe(false);
  });

  it('reports invalid scores and does not count them as scored', () => {
    const result = completenessOf(rubric, entry({ scores: { c1: 7.3, c2: 11, c3: 5 }, comments: { c2: '好' }, checks: { k1: 'not-met' } }));
    expect(result.invalidScores.map((i) => [i.criterionId, i.problem.code])).toEqual([['c1', 'off_step'], ['c2', 'above_max']]);
    expect(result.scoredCriteria).toBe(1);
    expect(result.complete).toBe(false);
  });

  it('is complete when every score is valid, required comments written and checks marked', () => {
    const result = completenessOf(rubric, entry({ scores: { c1: 8, c2: 6, c3: 0.3 }, comments: { c2: '师资结构合理' }, checks: { k1: 'not-met' } }));
    expect(result).toEqual({ scoredCriteria: 3, totalCriteria: 3, missingScores: [], invalidScores: [], missingComments: [], uncheckedChecks: [], complete: true });
  });
});

describe('validateRubric', () => {
  it('accepts the sample rubric', () => {
    expect(validateRubric(sampleRubric())).toEqual([]);
  });

  it('names a section whose points are not the sum of its criteria', () => {
    const rubric = sampleRubric();
    rubric.sections[1]!.points = 12;
    rubric.totalPoints = 37;
    expect(validateRubric(rubric)).toEqual([{ path: 'sections.1.points', message: '一级指标「预期成效」的分值为 12，但其二级指标满分之和为 10' }]);
  });

  it('checks the total against the sections', () => {
    const rubric = { ...sampleRubric(), totalPoints: 100 };
    expect(validateRubric(rubric)).toEqual([{ path: 'totalPoints', message: expect.stringContaining('总分为 100，但各一级指标分值之和为 35') }]);
  });

  it('finds ids repeated across sections, criteria, checks and vetoes', () => {
    const rubric = sampleRubric();
    rubric.checks[0]!.id = 'c2';
    rubric.vetoes[0]!.id = 's1';
    expect(validateRubric(rubric).map((i) => i.path)).toEqual(['checks.0.id', 'vetoes.0.id']);
  });

  it('refuses a maximum off its step and an extremes rule with low ≥ high', () => {
    const rubric = sampleRubric();
    const c3 = rubric.sections[1]!.criteria[0]!;
    c3.step = 3;
    c3.commentRule = { kind: 'extremes', lowPercent: 50, highPercent: 50 };
    const issues = validateRubric(rubric);
    expect(issues.map((i) => i.path)).toEqual(['sections.1.criteria.0.maxPoints', 'sections.1.criteria.0.commentRule']);
    expect(issues[0]!.message).toBe('「资源转化」的满分 10 不是步长 3 的整数倍');
  });

  it('allows a criterion with no bands', () => {
    const rubric = sampleRubric();
    rubric.sections[0]!.criteria[0]!.bands = [];
    expect(validateRubric(rubric)).toEqual([]);
  });

  it('reports the first score no band covers', () => {
    const rubric = sampleRubric();
    rubric.sections[0]!.criteria[0]!.bands = fourBands.filter((band) => band.label !== '中');
    expect(validateRubric(rubric)).toEqual([{ path: 'sections.0.criteria.0.bands', message: '「课程体系」的得分 6 不属于任何档次' }]);
    rubric.sections[0]!.criteria[0]!.bands = fourBands.filter((band) => band.label !== '优');
    expect(validateRubric(rubric)[0]?.message).toBe('「课程体系」的得分 12 不属于任何档次');
  });

  it('reports overlapping bands by label', () => {
    const rubric = sampleRubric();
    rubric.sections[0]!.criteria[0]!.bands = fourBands.map((band) => (band.label === '良' ? { ...band, max: 12 } : band));
    expect(validateRubric(rubric)).toEqual([{ path: 'sections.0.criteria.0.bands.0', message: '「课程体系」的档次「良」与「优」重叠（得分 12 同属两档）' }]);
  });

  it('checks each band on its own: order, range and step', () => {
    const rubric = sampleRubric();
    rubric.sections[0]!.criteria[0]!.bands = [
      { label: '优', min: 12, max: 16, description: '' },
      { label: '良', min: 11.5, max: 9, description: '' },
      { label: '差', min: 0, max: 8.7, description: '' },
    ];
    expect(validateRubric(rubric).map((i) => i.path)).toEqual([
      'sections.0.criteria.0.bands.0.max',
      'sections.0.criteria.0.bands.1',
      'sections.0.criteria.0.bands.2.max',
    ]);
  });
});
