import { describe, expect, it } from 'vitest';
import type { SubmissionScoring } from '../../../../shared/domain/scoring.ts';
import { composeUnsignedSheet, type SheetSource } from '../../../../shared/sheets/compose-sheet.ts';
import { unsignedScoreSheetSchema } from '../../../../shared/sheets/sheet-schema.ts';
import { entry, sampleRubric } from '../../../support/rubric-fixture.ts';

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

describe('composeUnsignedSheet, amended version (reasons per changed score)', () => {
  const v1 = composeUnsignedSheet(source([{ rubric: sampleRubric(), scoring: scoring('sub-a') }]));
  const previous = { ...v1, signature: { algorithm: 'Ed25519' as const, publicKey: key, value: 'x'.repeat(86) } };
  const changed = scoring('sub-a', { entry: entry({ scores: { c1: 13, c2: 8, c3: 7.3 }, checks: { k1: 'met' }, vetoes: { v1: true } }) });
  const amended = (reasons: SheetSource['reasons']): SheetSource => ({
    ...source([{ rubric: sampleRubric(), scoring: changed }]), version: 2, supersedes: 'cd'.repeat(32), previous, reasons,
  });

  it('refuses a changed score without a reason, naming the application, the criterion and both scores', () => {
    expect(() => composeUnsignedSheet(amended([]))).toThrow('第 2 版有 1 项得分与上一版不同，每项都须写明修改理由；缺少理由的有申报「sub-a」的「课程体系」（12.5 → 13）');
    expect(() => composeUnsignedSheet(amended([{ submissionId: 'sub-a', criterionId: 'c1', reason: '   ' }]))).toThrow('须写明修改理由');
  });

  it('records each changed score with its earlier score and reason, and a reason for an unchanged score as a confirmation', () => {
    const sheet = composeUnsignedSheet(amended([{ submissionId: 'sub-a', criterionId: 'c3', reason: '维持原分' }, { submissionId: 'sub-a', criterionId: 'c1', reason: ' 复核后上调 ' }]));
    expect(sheet.revisions).toEqual([
      { submissionId: 'sub-a', criterionId: 'c1', from: 12.5, reason: '复核后上调' },
      { submissionId: 'sub-a', criterionId: 'c3', from: 7.3, reason: '维持原分' },
    ]);
    expect(unsignedScoreSheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('writes an empty revisions list when nothing changed, and none for version 1 or without the previous version', () => {
    expect(composeUnsignedSheet({ ...amended([]), submissions: [{ rubric: sampleRubric(), scoring: scoring('sub-a') }] }).revisions).toEqual([]);
    expect(composeUnsignedSheet({ ...amended([]), previous: null, submissions: [{ rubric: sampleRubric(), scoring: scoring('sub-a') }] })).not.toHaveProperty('revisions');
    expect(v1).not.toHaveProperty('revisions');
  });

  it('refuses a reason for a score the sheet does not give', () => {
    expect(() => composeUnsignedSheet(amended([{ submissionId: 'sub-a', criterionId: 'c1', reason: '上调' }, { submissionId: 'sub-z', criterionId: 'c1', reason: '?' }]))).toThrow('修改理由所指的申报「sub-z」的评分项「c1」不在评分表中');
  });
});
