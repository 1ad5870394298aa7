import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseScoreText, readScoreInput } from '../../../../shared/scoring/read-score-input.ts';
import { stepScore } from '../../../../shared/scoring/step-score.ts';
import { criterion } from '../../../support/rubric-fixture.ts';

// A 5-point criterion in half points: the case of issue 9 (4.3, 45 and 7 were saved as 4, 5 and 5).
const fivePoints = criterion({ maxPoints: 5, step: 0.5 });

describe('readScoreInput: one rule for what a typed score saves', () => {
  it.each([
    ['4.5', 4.5], ['5', 5], ['0', 0], ['4.', 4], ['.5', 0.5], ['04.50', 4.5], [' 3 ', 3], ['-0', 0],
    ['４.５', 4.5], ['４．５', 4.5], ['３', 3], ['4\u30005', 45],
  ])('saves %j as %d where the criterion allows it', (text, score) => {
    const read = readScoreInput(criterion({ maxPoints: 50, step: 0.5 }), text);
    expect(read).toEqual({ kind: 'score', score });
  });

  it.each([
    ['4.3', 'off_step', 4.3],
    ['45', 'above_max', 45],
    ['7', 'above_max', 7],
    ['5.5', 'above_max', 5.5],
    ['-1', 'negative', -1],
    ['－１', 'negative', -1],
    ['4,5', 'decimal_comma', null],
    ['4，5', 'decimal_comma', null],
    ['-', 'incomplete', null],
    ['.', 'incomplete', null],
    ['abc', 'not_a_number', null],
    ['1e1', 'not_a_number', null],
    ['4.5.1', 'not_a_number', null],
    ['Infinity', 'not_a_number', null],
  ])('refuses %j (%s) and never clamps or rounds it to a saved value', (text, code, value) => {
    expect(readScoreInput(fivePoints, text)).toEqual({ kind: 'refused', problem: { code, value } });
  });

  it('reads empty text (spaces included) as no score', () => {
    expect(readScoreInput(fivePoints, '')).toEqual({ kind: 'empty' });
    expect(readScoreInput(fivePoints, ' \u3000')).toEqual({ kind: 'empty' });
  });

  it('normalises full-width digits, point and minus', () => {
    expect(normaliseScoreText('－１２．５')).toBe('-12.5');
  });

  it('saves a value exactly when it is on the step and in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 0, max: 9 }), (halves, tenth) => {
        const value = halves / 2 + tenth / 10;
        const read = readScoreInput(fivePoints, value.toFixed(1));
        const allowed = value >= 0 && value <= 5 && Math.round(value * 2) === value * 2;
        expect(read.kind === 'score').toBe(allowed);
        if (read.kind === 'score') expect(read.score).toBe(value);
      }),
    );
  });
});

describe('stepScore: ↑/↓ in a score field', () => {
  it('moves one step and stops at the bounds instead of passing them', () => {
    expect(stepScore(fivePoints, 4, 1)).toBe(4.5);
    expect(stepScore(fivePoints, 5, 1)).toBe(5);
    expect(stepScore(fivePoints, 0, -1)).toBe(0);
    expect(stepScore(criterion({ maxPoints: 1, step: 0.1 }), 0.2, 1)).toBe(0.3);
  });
  it('starts at 0 from no score with ↑, and leaves it empty with ↓', () => {
    expect(stepScore(fivePoints, null, 1)).toBe(0);
    expect(stepScore(fivePoints, null, -1)).toBeNull();
  });
});
