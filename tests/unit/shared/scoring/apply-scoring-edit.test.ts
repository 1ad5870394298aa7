import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoringEdit, SubmissionScoring } from '../../../../shared/domain/scoring.ts';
import { applyScoringEdit, inverseScoringEdit, scoringEditTarget } from '../../../../shared/scoring/apply-scoring-edit.ts';

const empty: SubmissionScoring = {
  reviewId: 'r', submissionId: 's', rubricId: 'rb', entry: { scores: {}, comments: {}, checks: {}, vetoes: {} },
  evidence: [], conflict: null, overallComment: '', visitedPages: {}, figures: {},
};

const edits: fc.Arbitrary<ScoringEdit> = fc.oneof(
  fc.record({ kind: fc.constant('score' as const), criterionId: fc.constantFrom('c1', 'c2'), score: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }) }),
  fc.record({ kind: fc.constant('comment' as const), criterionId: fc.constantFrom('c1', 'c2'), comment: fc.string({ maxLength: 5 }) }),
  fc.record({ kind: fc.constant('check' as const), itemId: fc.constantFrom('k1'), value: fc.constantFrom('met' as const, 'not-met' as const, null) }),
  fc.record({ kind: fc.constant('veto' as const), itemId: fc.constantFrom('v1'), value: fc.boolean() }),
  fc.record({ kind: fc.constant('overall-comment' as const), comment: fc.string({ maxLength: 5 }) }),
);

/** Normalises what "no value" looks like, since a cleared score is stored as null. */
function normal(s: SubmissionScoring): unknown {
  const scores = Object.fromEntries(Object.entries(s.entry.scores).filter(([, v]) => v !== null));
  return { ...s, entry: { ...s.entry, scores } };
}

describe('scoring edits', () => {
  it('applies each kind of edit', () => {
    let s = applyScoringEdit(empty, { kind: 'score', criterionId: 'c1', score: 7.5 });
    s = applyScoringEdit(s, { kind: 'comment', criterionId: 'c1', comment: '好' });
    s = applyScoringEdit(s, { kind: 'check', itemId: 'k1', value: 'met' });
    s = applyScoringEdit(s, { kind: 'veto', itemId: 'v1', value: true });
    s = applyScoringEdit(s, { kind: 'overall-comment', comment: '总评' });
    expect(s.entry).toEqual({ scores: { c1: 7.5 }, comments: { c1: '好' }, checks: { k1: 'met' }, vetoes: { v1: true } });
    expect(s.overallComment).toBe('总评');
    expect(empty.entry.scores).toEqual({});
  });

  it('undoes any sequence of edits exactly, in reverse order', () => {
    fc.assert(
      fc.property(fc.array(edits, { maxLength: 12 }), (sequence) => {
        let state = empty;
        const inverses: ScoringEdit[] = [];
        for (const edit of sequence) {
          inverses.push(inverseScoringEdit(state, edit));
          state = applyScoringEdit(state, edit);
        }
        for (const inverse of inverses.reverse()) state = applyScoringEdit(state, inverse);
        expect(normal(state)).toEqual(normal(empty));
      }),
    );
  });

  it('names the field an edit changes', () => {
    expect(scoringEditTarget({ kind: 'comment', criterionId: 'c1', comment: '' })).toBe('comment:c1');
    expect(scoringEditTarget({ kind: 'overall-comment', comment: '' })).toBe('overall-comment');
  });
});
