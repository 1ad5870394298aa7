// What the printed lists and the feedback letters show, from an export: pure, no DOM.
import { describe, expect, it } from 'vitest';
import { applicantFeedback } from '../../../../shared/exports/applicant-feedback.ts';
import { recommendedLists } from '../../../../shared/exports/printed-lists.ts';
import type { ResultsExport } from '../../../../shared/exports/results-export.ts';

const app = (id: string, rank: number | null, standing: 'within-quota' | 'tie-at-quota-line' | 'reserve' | 'excluded', mean: number, tied = false) => ({
  submissionId: id, applicant: `学校${id}`, partners: [`企业${id}`], rank, tied, standing,
  aggregates: { mean, trimmedMean: mean - 1, trimmedMeanApplied: true, median: mean + 1, range: 2, stdDev: 1 },
  experts: [{ expertId: 'e1', name: '张三', total: mean }, { expertId: 'e2', name: '李四', total: mean }], recused: [], flags: [],
});
const scored = (submissionId: string, comment: string, overall: string) => ({ submissionId, total: 80, overallComment: overall, scores: [{ criterionId: 'c1', score: 8, comment, pages: '' }] });
const sheet = (expertId: string, name: string, submissions: ReturnType<typeof scored>[]) => ({
  expertId, name, organisation: '', fingerprint: '', firstSight: false, version: 1, signedAt: '', digest: '', file: '', superseded: [], conflicts: [], submissions,
});

const results: ResultsExport = {
  reviewId: 'r', title: '评审', programTitle: '', documentNumber: '', rule: 'trimmed-mean', trimCount: 1, trimMinimumPanel: 5, trimOn: 'totals',
  report: {
    reviewId: 'r', rule: 'trimmed-mean', counted: [], refused: [], superseded: [], duplicates: [],
    categories: [{ id: 'ai', name: '人工智能', quota: 2, ranking: [app('a', 1, 'within-quota', 90), app('b', 2, 'tie-at-quota-line', 85, true), app('c', 2, 'tie-at-quota-line', 85, true), app('d', null, 'excluded', 0)] }],
  },
  decisions: [{ submissionId: 'b', decision: 'recommend', reason: '佐证更充分', decidedAt: '' }, { submissionId: 'c', decision: 'reserve', reason: '并列', decidedAt: '' }],
  projects: [{ submissionId: 'a', title: '项目A' }, { submissionId: 'b', title: '项目B' }],
  criteria: [{ categoryId: 'ai', criteria: [{ id: 'c1', title: '办学基础', section: '基础', maxPoints: 10 }] }],
  sheets: [sheet('e1', '张三', [scored('a', '乙：材料充分', '总体好'), scored('b', '很好', '')]), sheet('e2', '李四', [scored('a', '甲：数据缺佐证', '总体好')])],
  packageDigests: [], result: null,
};

describe('recommendedLists', () => {
  it('lists the recommended only, recorded or suggested, numbered per category, with the rule\'s figure and the reason or 并列 as the note', () => {
    const [list] = recommendedLists(results);
    expect(list!.applications.map((a) => [a.serial, a.applicant, a.project, a.score, a.note])).toEqual([
      [1, '学校a', '项目A', 89, ''],
      [2, '学校b', '项目B', 84, '第 2 名（并列）；佐证更充分'],
    ]);
    // a's and d's decisions are only suggested: the list is not final yet.
    expect(list!.final).toBe(false);
  });
});

describe('applicantFeedback', () => {
  it('gives each application its figure, rank and the comments without names, sorted by text, repeats once', () => {
    const [a, b, , d] = applicantFeedback(results);
    expect(a).toMatchObject({ applicant: '学校a', project: '项目A', category: '人工智能', rank: 1, ranked: 3, score: 89, experts: 2 });
    expect(a!.criteria).toEqual([{ title: '办学基础', maxPoints: 10, comments: ['甲：数据缺佐证', '乙：材料充分'] }]);
    expect(a!.overall).toEqual(['总体好']);
    expect(JSON.stringify(a)).not.toMatch(/张三|李四/);
    expect(b!.overall).toEqual([]);
    expect(d).toMatchObject({ rank: null, criteria: [{ comments: [] }] });
  });
});
