import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommentRule, Criterion, LevelBand, Rubric, RubricSection } from '../../../../shared/domain/rubric.ts';
import { validateRubric } from '../../../../shared/programs/validate-rubric.ts';
import { isCommentRequired } from '../../../../shared/scoring/comment-rule.ts';
import { completenessOf } from '../../../../shared/scoring/completeness.ts';
import { roundPoints, sumPoints } from '../../../../shared/scoring/decimal.ts';
import { bandOf } from '../../../../shared/scoring/level-band.ts';
import { maxTotal, sectionScore, totalScore } from '../../../../shared/scoring/rubric-totals.ts';
import type { ScoreEntry } from '../../../../shared/scoring/score-entry.ts';
import { validateScore } from '../../../../shared/scoring/validate-score.ts';

/** The i-th multiple of a step as a rubric author would write it (0.3, not 0.30000000000000004). */
const at = (i: number, step: number): number => roundPoints(i * step);

const stepArb = fc.constantFrom(0.5, 1, 0.1, 2);

/** Bands cut [0, k·step] at distinct step multiples, listed in a shuffled order; or no bands. */
function bandsArb(k: number, step: number): fc.Arbitrary<LevelBand[]> {
  const cut = fc.uniqueArray(fc.integer({ min: 1, max: k }), { maxLength: Math.min(k, 5) }).map((cuts) => {
    const starts = [0, ...cuts.sort((a, b) => a - b)];
    return starts.map((start, i) => ({ label: `档${i}`, min: at(start, step), max: at((starts[i + 1] ?? k + 1) - 1, step), description: '' }));
  });
  return fc.oneof(fc.constant<LevelBand[]>([]), cut.chain((bands) => fc.shuffledSubarray(bands, { minLength: bands.length })));
}

const commentRuleArb: fc.Arbitrary<CommentRule> = fc.oneof(
  fc.constant({ kind: 'always' as const }),
  fc.constant({ kind: 'never' as const }),
  fc.integer({ min: 0, max: 99 }).chain((low) => fc.integer({ min: low + 1, max: 100 }).map((high) => ({ kind: 'extremes' as const, lowPercent: low, highPercent: high }))),
);

/** A criterion with a valid maximum (k steps), bands and comment rule; ids are set by the rubric. */
const criterionArb: fc.Arbitrary<Criterion> = fc
  .record({ step: stepArb, k: fc.integer({ min: 1, max: 200 }), commentRule: commentRuleArb })
  .chain(({ step, k, commentRule }) =>
    bandsArb(k, step).map((bands) => ({ id: '', title: '指标', guidance: '', maxPoints: at(k, step), step, bands, commentRule, keywords: [] })),
  );

/** A valid rubric: section points are the sums of their criteria, the total the sum of the sections. */
const rubricArb: fc.Arbitrary<Rubric> = fc
  .record({
    sections: fc.array(fc.array(criterionArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    checks: fc.nat(3),
    vetoes: fc.nat(2),
  })
  .map(({ sections, checks, vetoes }) => {
    const built: RubricSection[] = sections.map((criteria, s) => ({
      id: `s${s}`,
      title: `一级指标${s}`,
      points: sumPoints(criteria.map((c) => c.maxPoints)),
      criteria: criteria.map((c, i) => ({ ...c, id: `s${s}c${i}`, title: `二级指标${s}-${i}` })),
    }));
    return {
      id: 'r',
      title: '细则',
      totalPoints: sumPoints(built.map((section) => section.points)),
      sections: built,
      checks: Array.from({ length: checks }, (_, i) => ({ id: `k${i}`, title: `达标${i}`, guidance: '' })),
      vetoes: Array.from({ length: vetoes }, (_, i) => ({ id: `v${i}`, title: `否决${i}`, guidance: '' })),
    };
  });

const criteriaOf = (rubric: Rubric): Criterion[] => rubric.sections.flatMap((section) => section.criteria);
const stepsOf = (c: Criterion): number => Math.round(c.maxPoints / c.step);

/** A valid score for a criterion, as an expert's arithmetic might produce it (i·step, unrounded). */
const validScoreArb = (c: Criterion): fc.Arbitrary<number> => fc.integer({ min: 0, max: stepsOf(c) }).map((i) => i * c.step);

/** An entry with valid scores only, each criterion possibly left empty. */
function validEntryArb(rubric: Rubric): fc.Arbitrary<ScoreEntry> {
  const scores = fc.tuple(...criteriaOf(rubric).map((c) => fc.option(validScoreArb(c), { freq: 4 })));
  return scores.map((values) => ({ scores: Object.fromEntries(criteriaOf(rubric).map((c, i) => [c.id, values[i] ?? null])), comments: {}, checks: {}, vetoes: {} }));
}

/** Any entry: valid, missing or invalid scores; present, blank or missing comments; checks marked or not. */
function anyEntryArb(rubric: Rubric): fc.Arbitrary<ScoreEntry> {
  const criteria = criteriaOf(rubric);
  const score = (c: Criterion): fc.Arbitrary<number | null> =>
    fc.oneof({ arbitrary: validScoreArb(c), weight: 12 }, fc.constant(null), fc.constant(c.maxPoints + c.step), fc.constant(c.step / 3));
  const comment = fc.oneof({ arbitrary: fc.constant('理由充分'), weight: 6 }, fc.constant(''), fc.constant(' \u3000'));
  const check = fc.oneof({ arbitrary: fc.constantFrom('met' as const, 'not-met' as const), weight: 8 }, fc.constant(null));
  return fc
    .record({
      scores: fc.tuple(...criteria.map(score)),
      comments: fc.tuple(...criteria.map(() => comment)),
      checks: fc.array(check, { minLength: rubric.checks.length, maxLength: rubric.checks.length }),
    })
    .map((parts) => ({
      scores: Object.fromEntries(criteria.map((c, i) => [c.id, parts.scores[i] ?? null])),
      comments: Object.fromEntries(criteria.map((c, i) => [c.id, parts.comments[i] ?? ''])),
      checks: Object.fromEntries(rubric.checks.map((k, i) => [k.id, parts.checks[i] ?? null])),
      vetoes: {},
    }));
}

const withEntry = (entryArb: (rubric: Rubric) => fc.Arbitrary<ScoreEntry>) =>
  rubricArb.chain((rubric) => entryArb(rubric).map((entry) => ({ rubric, entry })));

describe('rubric properties', () => {
  it('a generated valid rubric has no validation issues', () => {
    fc.assert(fc.property(rubricArb, (rubric) => {
        expect(validateRubric(rubric)).toEqual([]);
      }));
  });

  it('the total of valid scores never exceeds the maximum and equals the sum of section scores', () => {
    fc.assert(
      fc.property(withEntry(validEntryArb), ({ rubric, entry }) => {
        const total = totalScore(rubric, entry);
        expect(total).toBeLessThanOrEqual(maxTotal(rubric));
        expect(maxTotal(rubric)).toBe(rubric.totalPoints);
        expect(total).toBe(sumPoints(rubric.sections.map((section) => sectionScore(section, entry))));
        expect(total).toBe(roundPoints(total));
      }),
    );
  });

  it('every valid score of a criterion with bands falls in exactly one band', () => {
    fc.assert(
      fc.property(criterionArb.filter((c) => c.bands.length > 0), (c) => {
        for (let i = 0; i <= stepsOf(c); i += 1) {
          const score = i * c.step;
          const containing = c.bands.filter((band) => score >= band.min - 1e-9 && score <= band.max + 1e-9);
          expect(containing).toHaveLength(1);
          expect(bandOf(c, score)).toBe(containing[0]);
        }
      }),
    );
  });

  it('validateScore accepts exactly the step multiples in [0, max]', () => {
    const cases = criterionArb.chain((c) => fc.record({ c: fc.constant(c), i: fc.integer({ min: -3, max: stepsOf(c) + 3 }), offset: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }));
    fc.assert(
      fc.property(cases, ({ c, i, offset }) => {
        expect(validateScore(c, i * c.step) === null).toBe(i >= 0 && i <= stepsOf(c));
        expect(validateScore(c, (i + offset) * c.step)).not.toBeNull();
      }),
    );
  });

  it('raising one criterion maximum without fixing its section is reported on that section', () => {
    const cases = rubricArb.chain((rubric) =>
      fc.record({ rubric: fc.constant(rubric), s: fc.nat(rubric.sections.length - 1), pick: fc.nat(), by: fc.integer({ min: 1, max: 5 }) }),
    );
    fc.assert(
      fc.property(cases, ({ rubric, s, pick, by }) => {
        const section = rubric.sections[s]!;
        const c = pick % section.criteria.length;
        const criteria = section.criteria.map((x, i) => (i === c ? { ...x, maxPoints: roundPoints(x.maxPoints + by * x.step) } : x));
        const mutated = { ...rubric, sections: rubric.sections.map((x, i) => (i === s ? { ...x, criteria } : x)) };
        const issues = validateRubric(mutated);
        expect(issues.map((issue) => issue.path)).toContain(`sections.${s}.points`);
        expect(issues.find((issue) => issue.path === `sections.${s}.points`)?.message).toContain(`「${section.title}」`);
        expect(issues.some((issue) => issue.path === 'totalPoints')).toBe(false);
      }),
    );
  });

  it('an entry is complete iff all scores are entered and valid, required comments written and checks marked', () => {
    let completeSeen = 0;
    fc.assert(
      fc.property(withEntry(anyEntryArb), ({ rubric, entry }) => {
        const expected =
          criteriaOf(rubric).every((c) => {
            const score = entry.scores[c.id] ?? null;
            if (score === null || validateScore(c, score) !== null) return false;
            return !isCommentRequired(c, score) || (entry.comments[c.id] ?? '').trim() !== '';
          }) && rubric.checks.every((k) => entry.checks[k.id] != null);
        const result = completenessOf(rubric, entry);
        if (result.complete) completeSeen += 1;
        expect(result.complete).toBe(expected);
        expect(result.scoredCriteria + result.missingScores.length + result.invalidScores.length).toBe(result.totalCriteria);
      }),
      { numRuns: 300 },
    );
    // The generator must reach both outcomes, or the property says little.
    expect(completeSeen).toBeGreaterThan(0);
  });
});
