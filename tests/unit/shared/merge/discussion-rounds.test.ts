import { describe, expect, it } from 'vitest';
import { changesSince, roundFigures, roundSnapshot, type CountedScoring } from '../../../../shared/merge/discussion-rounds.ts';

const scoring = (expertId: string, version: number, scores: Record<string, number>, revisions: CountedScoring['revisions'] = []): CountedScoring => ({
  expertId, name: expertId, version, total: Object.values(scores).reduce((a, b) => a + b, 0), scores, revisions,
});
const title = (id: string) => `项${id}`;

describe('divergence rounds', () => {
  const round1 = roundSnapshot([], [scoring('a', 1, { c1: 4, c2: 4.5 }), scoring('b', 1, { c1: 1, c2: 1.5 })]);

  it('round figures: the mean and range of the totals, exact, rounded once', () => {
    expect(round1.figures).toEqual({ mean: 5.5, range: 6, panel: 2 });
    expect(roundFigures([0.1, 0.2, 0.2])).toEqual({ mean: 0.17, range: 0.1, panel: 3 });
    expect(roundFigures([])).toEqual({ mean: null, range: null, panel: 0 });
  });

  it('a newer version: each changed score from → to with its reason (null where the sheet gives none), and confirmations', () => {
    const now = [scoring('a', 1, { c1: 4, c2: 4.5 }), scoring('b', 2, { c1: 3, c2: 1.5 }, [{ criterionId: 'c1', from: 1, reason: '上调' }, { criterionId: 'c2', from: 1.5, reason: '维持' }])];
    expect(changesSince(round1, now, ['b'], title)).toEqual([
      { expertId: 'b', changed: [{ criterionId: 'c1', criterionTitle: '项c1', from: 1, to: 3, reason: '上调' }], confirmed: [{ criterionId: 'c2', criterionTitle: '项c2', reason: '维持' }] },
    ]);
    const unexplained = [scoring('b', 3, { c1: 2, c2: 1.5 })];
    expect(changesSince(round1, unexplained, ['b'], title)[0]!.changed).toEqual([{ criterionId: 'c1', criterionTitle: '项c1', from: 1, to: 2, reason: null }]);
  });

  it('the same version as in round 1 changed nothing in this round, whatever reasons it carries from before', () => {
    const same = [scoring('b', 1, { c1: 1, c2: 1.5 }, [{ criterionId: 'c1', from: 2, reason: '旧理由' }])];
    expect(changesSince(round1, same, ['b'], title)).toEqual([{ expertId: 'b', confirmed: [], changed: [] }]);
    expect(changesSince(round1, [], ['b'], title)).toEqual([{ expertId: 'b', confirmed: [], changed: [] }]);
  });
});
