import { describe, expect, it } from 'vitest';
import type { SheetChanges } from '../../../../shared/domain/trust-views.ts';
import { missingReasons, reasonKey, reasonsToSign } from '../../../../renderer/src/features/sheets/sign-reasons-state.ts';

const changes: SheetChanges = {
  previousVersion: 1,
  scores: [
    { submissionId: 'a', applicant: '青岚', criterionId: 'c1', criterionTitle: '基础', from: 4, to: 3, changed: true },
    { submissionId: 'a', applicant: '青岚', criterionId: 'c2', criterionTitle: '合作', from: 4, to: 4, changed: false },
    { submissionId: 'b', applicant: '松川', criterionId: 'c1', criterionTitle: '基础', from: null, to: 2, changed: true },
  ],
};

describe('reasons before re-signing', () => {
  it('every changed score waits for a reason that is not blank; an unchanged one never does', () => {
    expect(missingReasons(changes, {}).map(reasonKey)).toEqual([reasonKey({ submissionId: 'a', criterionId: 'c1' }), reasonKey({ submissionId: 'b', criterionId: 'c1' })]);
    expect(missingReasons(changes, { [reasonKey({ submissionId: 'a', criterionId: 'c1' })]: '  \n ' })).toHaveLength(2);
    expect(missingReasons(changes, { [reasonKey({ submissionId: 'a', criterionId: 'c1' })]: '下调', [reasonKey({ submissionId: 'b', criterionId: 'c1' })]: '回避撤回后评分' })).toEqual([]);
  });

  it('sends every non-blank reason trimmed, a confirmation of an unchanged score too, in the sheet order', () => {
    const drafts = { [reasonKey({ submissionId: 'b', criterionId: 'c1' })]: ' 新评 ', [reasonKey({ submissionId: 'a', criterionId: 'c2' })]: '维持原分', [reasonKey({ submissionId: 'a', criterionId: 'c1' })]: '' };
    expect(reasonsToSign(changes, drafts)).toEqual([
      { submissionId: 'a', criterionId: 'c2', reason: '维持原分' },
      { submissionId: 'b', criterionId: 'c1', reason: '新评' },
    ]);
  });

  it('keys a submission and criterion apart even when their ids contain the separator a plain join would use', () => {
    expect(reasonKey({ submissionId: 'a/b', criterionId: 'c' })).not.toBe(reasonKey({ submissionId: 'a', criterionId: 'b/c' }));
  });
});
