// The exports' pure parts: the cited pages as a cell's text, and an export narrowed to one category.
import { describe, expect, it } from 'vitest';
import { citedPages } from '../../../../shared/exports/cited-pages.ts';
import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { resultsExportOfCategory } from '../../../../shared/exports/results-export-of-category.ts';

describe('citedPages', () => {
  it('groups pages by document in the order first cited, sorted and without repeats', () => {
    const titles = new Map([['a', '申报书'], ['b', '佐证材料']]);
    const text = citedPages([{ documentId: 'a', page: 7 }, { documentId: 'b', page: 12 }, { documentId: 'a', page: 3 }, { documentId: 'a', page: 7 }], (id) => titles.get(id) ?? id);
    expect(text).toBe('申报书 第 3、7 页；佐证材料 第 12 页');
    expect(citedPages([], () => '')).toBe('');
  });
});

const app = (id: string) => ({
  submissionId: id, applicant: `学校${id}`, partners: [], rank: 1, tied: false, standing: 'within-quota' as const,
  aggregates: { mean: 80, trimmedMean: 80, trimmedMeanApplied: false, median: 80, range: 0, stdDev: 0 }, experts: [], recused: [], flags: [],
});
const sheet = (expertId: string, scored: string[], recused: string[] = []) => ({
  expertId, name: expertId, organisation: '', fingerprint: '', firstSight: false, version: 1, signedAt: '', digest: `d-${expertId}`, file: '', superseded: [],
  conflicts: recused.map((submissionId) => ({ submissionId, reason: '同单位' })), submissions: scored.map((submissionId) => ({ submissionId, total: 80, overallComment: '', scores: [] })),
});

describe('resultsExportOfCategory', () => {
  const results: ResultsExport = {
    reviewId: 'r', title: 't', programTitle: '', documentNumber: '', rule: 'mean', trimCount: 1, trimMinimumPanel: 5, trimOn: 'totals',
    report: {
      reviewId: 'r', rule: 'mean', refused: [], superseded: [], duplicates: [],
      categories: [{ id: 'ai', name: '人工智能', quota: 1, ranking: [app('a1')] }, { id: 'car', name: '汽车', quota: 1, ranking: [app('c1')] }],
      counted: ['e1', 'e2', 'e3'].map((expertId) => ({ file: '', expertId, version: 1, digest: `d-${expertId}`, fingerprint: '', firstSight: false })),
    },
    decisions: [{ submissionId: 'a1', decision: 'recommend', reason: '', decidedAt: '' }, { submissionId: 'c1', decision: 'reject', reason: 'x', decidedAt: '' }],
    projects: [{ submissionId: 'a1', title: 'A' }, { submissionId: 'c1', title: 'C' }],
    criteria: [{ categoryId: 'ai', criteria: [] }, { categoryId: 'car', criteria: [] }],
    sheets: [sheet('e1', ['a1', 'c1']), sheet('e2', ['c1']), sheet('e3', [], ['a1'])],
    packageDigests: ['p'], result: null,
  };

  it('keeps the category, its decisions and criteria, and the sheets that scored or recused from it, with only its scores', () => {
    const ai = resultsExportOfCategory(results, 'ai')!;
    expect(ai.report.categories.map((c) => c.id)).toEqual(['ai']);
    expect(ai.decisions.map((d) => d.submissionId)).toEqual(['a1']);
    expect(ai.criteria.map((c) => c.categoryId)).toEqual(['ai']);
    expect(ai.sheets.map((s) => s.expertId)).toEqual(['e1', 'e3']);
    expect(ai.sheets[0]!.submissions.map((x) => x.submissionId)).toEqual(['a1']);
    expect(ai.report.counted.map((c) => c.expertId)).toEqual(['e1', 'e3']);
    expect(ai.packageDigests).toEqual(['p']);
  });

  it('is null for a category the review does not have', () => {
    expect(resultsExportOfCategory(results, 'none')).toBeNull();
  });
});
