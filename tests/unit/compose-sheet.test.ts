import { describe, expect, it } from 'vitest';
import type { SubmissionScoring } from '../../shared/domain/scoring.ts';
import { composeUnsignedSheet, type SheetSource } from '../../shared/sheets/compose-sheet.ts';
import { unsignedScoreSheetSchema } from '../../shared/sheets/sheet-schema.ts';
import { entry, sampleRubric } from '../support/rubric-fixture.ts';

const key = 'A'.repeat(43);

function scoring(submissionId: string, parts: Partial<SubmissionScoring> = {}): SubmissionScoring {
  return {
    reviewId: 'r',
    submissionId,
    rubricId: 'r1',
    entry: entry({ scores: { c1: 12.5, c2: 8, c3: 7.3 }, comments: { c2: '双师型教师占比 62%' }, checks: { k1: 'met' }, vetoes: { v1: true } }),
    evidence: [
      { id: 1, criterionId: 'c1', documentId: 'd'.repeat(64), page: 12, quote: '课程体系', createdAt: 'now' },
      { id: 2, criterionId: 'c2', documentId: 'd'.repeat(64), page: 18, quote: '', createdAt: 'now' },
    ],
    conflict: null,
    overallComment: '基础扎实',
    visitedPages: {},
    figures: {},
    ...parts,
  };
}

function source(submissions: SheetSource['submissions']): SheetSource {
  return {
    reviewId: 'review-2026',
    packageDigest: 'ab'.repeat(32),
    expert: { id: 'expert-1', name: '李明', organisation: '某学院', publicKey: key },
    version: 1,
    supersedes: null,
    createdAt: '2026-06-01T09:00:00.000Z',
    submissions,
  };
}

describe('composeUnsignedSheet', () => {
  it('lists every criterion in rubric order with comment and evidence, checks, vetoes, the total and overall comment', () => {
    const sheet = composeUnsignedSheet(source([{ rubric: sampleRubric(), scoring: scoring('sub-a') }]));
    expect(unsignedScoreSheetSchema.safeParse(sheet).success).toBe(true);
    expect(sheet.submissions).toEqual([
      {
        submissionId: 'sub-a',
        rubricId: 'r1',
        scores: [
          { criterionId: 'c1', score: 12.5, comment: '', evidence: [{ documentId: 'd'.repeat(64), page: 12, quote: '课程体系' }] },
          { criterionId: 'c2', score: 8, comment: '双师型教师占比 62%', evidence: [{ documentId: 'd'.repeat(64), page: 18 }] },
          { criterionId: 'c3', score: 7.3, comment: '', evidence: [] },
        ],
        checks: [{ checkId: 'k1', result: 'met' }],
        vetoes: ['v1'],
        total: 27.8,
        overallComment: '基础扎实',
      },
    ]);
  });

  it('turns a recused submission into a conflict with its reason and no scores', () => {
    const sheet = composeUnsignedSheet(
      source([
        { rubric: sampleRubric(), scoring: scoring('sub-a') },
        { rubric: sampleRubric(), scoring: scoring('sub-b', { entry: entry(), conflict: { reason: '本人所在单位参与申报', declaredAt: 'now' } }) },
      ]),
    );
    expect(sheet.conflicts).toEqual([{ submissionId: 'sub-b', reason: '本人所在单位参与申报' }]);
    expect(sheet.submissions.map((s) => s.submissionId)).toEqual(['sub-a']);
  });

  it('refuses, in Chinese, an unscored criterion or an unmarked check', () => {
    expect(() => composeUnsignedSheet(source([{ rubric: sampleRubric(), scoring: scoring('sub-a', { entry: entry({ scores: { c1: 1 }, checks: { k1: 'met' } }) }) }]))).toThrow(/「师资队伍」尚未评分/);
    expect(() => composeUnsignedSheet(source([{ rubric: sampleRubric(), scoring: scoring('sub-a', { entry: entry({ scores: { c1: 1, c2: 1, c3: 1 } }) }) }]))).toThrow(/达标项「申报材料齐全」尚未标记/);
  });
});
