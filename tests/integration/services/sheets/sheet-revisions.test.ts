import { describe, expect, it } from 'vitest';
import { checkSheetSet, type SheetSetEntry } from '../../../../shared/sheets/check-sheet-set.ts';
import type { UnsignedScoreSheet } from '../../../../shared/sheets/sheet-schema.ts';
import { verifySheet } from '../../../../shared/sheets/verify-sheet.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import type { SignedSheetFile } from '../../../../electron/services/sheets/sign-sheet.ts';
import { reviewContext, sign, testKeys, unsignedSheet } from '../../../support/sheet-fixture.ts';

// Amended sheets (分差复议) carry a reason per changed score: real keys, real signatures, real bytes.
const keys = testKeys();
const v1 = sign(keys, unsignedSheet(keys));

/** Version 2 with sub-a's c1 changed from 12.5 to 13.5 (total 28.8), with the given revisions member. */
function amended(revisions: UnsignedScoreSheet['revisions'] | 'absent'): UnsignedScoreSheet {
  const base = unsignedSheet(keys, { version: 2, supersedes: v1.digest, createdAt: '2026-06-02T09:00:00.000Z' });
  const submissions = base.submissions.map((s) =>
    s.submissionId === 'sub-a' ? { ...s, total: 28.8, scores: s.scores.map((c) => (c.criterionId === 'c1' ? { ...c, score: 13.5 } : c)) } : s,
  );
  return revisions === 'absent' ? { ...base, submissions } : { ...base, submissions, revisions };
}

const entry = (file: SignedSheetFile, source: string): SheetSetEntry => {
  const result = verifySheet({ bytes: file.bytes, crypto: nodeCrypto, context: reviewContext(keys) });
  if (!result.ok) throw new Error(result.message);
  return { source, sheet: result.sheet, digest: result.digest, fingerprint: result.fingerprint };
};

describe('reasons for changed scores (pingshen.sheet/1 revisions)', () => {
  it('an amended sheet with a reason per changed score verifies against the review and chains on its version 1', () => {
    const v2 = sign(keys, amended([{ submissionId: 'sub-a', criterionId: 'c1', from: 12.5, reason: '复核佐证材料后上调' }]));
    expect(verifySheet({ bytes: v2.bytes, crypto: nodeCrypto, context: reviewContext(keys) })).toMatchObject({ ok: true });
    const verdicts = checkSheetSet([entry(v1, 'v1.json'), entry(v2, 'v2.json')]);
    expect(verdicts.map((v) => v.ok)).toEqual([true, true]);
    expect(verdicts[0]).toMatchObject({ supersededBy: { source: 'v2.json', version: 2 } });
  });

  it('a sheet that records reasons but leaves a changed score without one is refused beside its version 1, which then counts', () => {
    const v2 = sign(keys, amended([]));
    const verdicts = checkSheetSet([entry(v1, 'v1.json'), entry(v2, 'v2.json')]);
    expect(verdicts[1]).toMatchObject({ ok: false, failure: { code: 'unexplained_change', message: '第 2 版修改了申报「sub-a」评分项「c1」（12.5 → 13.5），但没有写明修改理由' } });
    expect(verdicts[0]).toMatchObject({ ok: true, supersededBy: null });
  });

  it('a reason whose recorded earlier score is not what version 1 gave is refused', () => {
    const v2 = sign(keys, amended([{ submissionId: 'sub-a', criterionId: 'c1', from: 11, reason: '上调' }]));
    const [, verdict] = checkSheetSet([entry(v1, 'v1.json'), entry(v2, 'v2.json')]);
    expect(verdict).toMatchObject({ ok: false, failure: { code: 'unexplained_change', message: expect.stringContaining('记录的原分 11 与第 1 版的 12.5 不符') } });
  });

  it('an amended sheet written before reasons were recorded (no revisions member) still verifies and supersedes', () => {
    const old = sign(keys, amended('absent'));
    expect(verifySheet({ bytes: old.bytes, crypto: nodeCrypto, context: reviewContext(keys) })).toMatchObject({ ok: true });
    expect(checkSheetSet([entry(v1, 'v1.json'), entry(old, 'v2.json')]).map((v) => v.ok)).toEqual([true, true]);
    expect(verifySheet({ bytes: v1.bytes, crypto: nodeCrypto, context: reviewContext(keys) })).toMatchObject({ ok: true });
  });

  it('the schema refuses an empty reason, reasons on version 1, and a reason for a score the sheet does not give', () => {
    expect(() => sign(keys, amended([{ submissionId: 'sub-a', criterionId: 'c1', from: 12.5, reason: '  ' }]))).toThrow('修改理由不能为空');
    expect(() => sign(keys, unsignedSheet(keys, { revisions: [] }))).toThrow('第 1 版没有可修改的前一版本');
    expect(() => sign(keys, amended([{ submissionId: 'sub-c', criterionId: 'c1', from: 1, reason: '回避' }]))).toThrow('不在本评分表中');
  });

  it('a confirmation (from equal to the score) of an unchanged score verifies', () => {
    const v2 = sign(keys, amended([{ submissionId: 'sub-a', criterionId: 'c1', from: 12.5, reason: '上调' }, { submissionId: 'sub-b', criterionId: 'c2', from: 6, reason: '维持原分：师资证明不足' }]));
    expect(checkSheetSet([entry(v1, 'v1.json'), entry(v2, 'v2.json')]).map((v) => v.ok)).toEqual([true, true]);
  });
});
