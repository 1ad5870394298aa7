import { describe, expect, it } from 'vitest';
import type { ConsistencyLine, ConsistencyReport } from '../../../../shared/domain/consistency.ts';
import { applyConsistency, applyConsistencyFailed, applyConsistencyLoading, initialConsistencyState, signSummary, unseenPageCount } from '../../../../renderer/src/features/scoring/consistency-state.ts';

function line(submissionId: string, status: ConsistencyLine['status'], unseen: number[][] = []): ConsistencyLine {
  return {
    submissionId, applicant: `学校${submissionId}`, total: 80, status, rank: status === 'conflict' ? null : 1, tied: false, z: null, outlier: false,
    missingScores: [], missingComments: [], unopenedDocuments: [], unseenPages: unseen.map((pages, i) => ({ documentId: `d${i}`, pages })),
  };
}

const report: ConsistencyReport = {
  fields: [
    { fieldId: 'ai', name: '人工智能', ranked: [line('s1', 'complete'), line('s2', 'conflict')] },
    { fieldId: 'car', name: '智能网联新能源汽车', ranked: [line('s3', 'complete')] },
  ],
  mean: 80, stdDev: 0, min: 80, max: 80, readyToSign: true,
};

describe('consistency state', () => {
  it('loads a review’s report and drops one for a review already left', () => {
    const loading = applyConsistencyLoading(initialConsistencyState, 'r1');
    expect(applyConsistency(loading, 'r1', report).report).toMatchObject({ phase: 'ready', value: report });
    expect(applyConsistency(applyConsistencyLoading(loading, 'r2'), 'r1', report).report).toMatchObject({ key: 'r2', phase: 'loading', value: null });
    const error = new Error('x');
    expect(applyConsistencyFailed(loading, 'r1', error).report).toMatchObject({ phase: 'failed', error });
  });

  it('says what a signature covers: every line with its field, scored and recused counted apart', () => {
    const summary = signSummary(report);
    expect(summary.lines.map((l) => [l.submissionId, l.field])).toEqual([['s1', '人工智能'], ['s2', '人工智能'], ['s3', '智能网联新能源汽车']]);
    expect(summary).toMatchObject({ scored: 2, recused: 1 });
  });

  it('counts the unseen pages over all of a line’s documents', () => {
    expect(unseenPageCount(line('s1', 'complete', [[2, 3], [7]]))).toBe(3);
    expect(unseenPageCount(line('s1', 'complete'))).toBe(0);
  });
});
