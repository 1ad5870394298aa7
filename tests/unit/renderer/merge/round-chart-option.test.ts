import { describe, expect, it } from 'vitest';
import type { MergeDiscussion } from '../../../../shared/domain/merge-discussion.ts';
import { roundChartOption } from '../../../../renderer/src/features/merge/round-chart-option.ts';

const labels = { round1: '第 1 轮', now: '现在', mean: '平均分' };

// Three experts; 王 was asked and came up from 62 to 80; 赵 was counted only now (a late sheet).
const discussion: MergeDiscussion = {
  id: 1,
  submissionId: 'ai-03',
  applicant: '青岚职业技术学院',
  categoryId: 'ai',
  openedAt: '2026-06-02T09:00:00.000Z',
  note: '请复核',
  experts: [{ expertId: 'e2', name: '王强' }],
  round1: {
    flags: [],
    experts: [{ expertId: 'e1', name: '李明', version: 1, total: 85 }, { expertId: 'e2', name: '王强', version: 1, total: 62 }],
    figures: { mean: 73.5, range: 23, panel: 2 },
  },
  now: {
    flags: [],
    experts: [{ expertId: 'e1', name: '李明', version: 1, total: 85 }, { expertId: 'e2', name: '王强', version: 2, total: 80 }, { expertId: 'e3', name: '赵敏', version: 1, total: 83.5 }],
    figures: { mean: 82.83, range: 5, panel: 3 },
  },
  changes: [],
  closed: null,
};

describe('the divergence round chart', () => {
  const option = roundChartOption(discussion, labels);

  it('draws each expert from round 1 to now, and the mean of each round', () => {
    expect(option.xAxis.data).toEqual(['第 1 轮', '现在']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['李明', [85, 85]],
      ['王强', [62, 80]],
      ['赵敏', [null, 83.5]],
      ['平均分', [73.5, 82.83]],
    ]);
  });

  it('draws the experts asked to reconsider bold and named, the others faint', () => {
    const [li, wang] = option.series as { lineStyle: { width: number }; endLabel?: unknown }[];
    expect(wang!.lineStyle.width).toBeGreaterThan(li!.lineStyle.width);
    expect(wang!.endLabel).toBeDefined();
    expect(li!.endLabel).toBeUndefined();
  });
});
