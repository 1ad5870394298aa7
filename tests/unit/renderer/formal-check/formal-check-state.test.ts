import { describe, expect, it } from 'vitest';
import type { FormalCheckView } from '../../../../shared/domain/formal-check-view.ts';
import { assembleCheckView } from '../../../../shared/formal-check/assemble-check-view.ts';
import {
  applyCheckFailed, applyCheckLoaded, applyCheckOpening, applyCheckReview, applyCheckReviewFailed, applyConclusionOpened, fieldName, applyEditChanged, applyEditClosed, applyOverrideOpened, canSendEdit,
} from '../../../../renderer/src/features/formal-check/formal-check-state.ts';

const view: FormalCheckView = assembleCheckView({
  reviewId: 'r',
  stage: 'formal-check',
  ranAt: '2026-05-27T09:00:00.000Z',
  rules: ['deadline.late', 'stamp.unverified'],
  applications: [{ id: 's1', applicant: '青岚职业技术学院', fieldId: 'ai' }, { id: 's2', applicant: '云湖信息职业技术学院', fieldId: 'ai' }],
  results: [
    { submissionId: 's1', rule: 'deadline.late', result: 'fail', reason: '晚于截止时间', evidence: [] },
    { submissionId: 's1', rule: 'stamp.unverified', result: 'warn', reason: '未发现红色印章', evidence: [] },
    { submissionId: 's2', rule: 'deadline.late', result: 'pass', reason: '按时', evidence: [] },
    { submissionId: 's2', rule: 'stamp.unverified', result: 'warn', reason: '未发现红色印章', evidence: [] },
  ],
  overrides: [{ submissionId: 's2', rule: 'stamp.unverified', result: 'pass', overridden: 'warn', reason: '原件已核对', at: '2026-05-27' }],
  conclusions: [],
});

describe('the formal check view', () => {
  it('shows an override beside the check, with the verdict and what packages carry', () => {
    const [s1, s2] = view.applications;
    expect(s1).toMatchObject({ verdict: 'fail', inPackages: false });
    expect(s2).toMatchObject({ verdict: 'pass', inPackages: true });
    expect(s2?.results[1]).toMatchObject({ result: 'warn', effective: 'pass', override: { overridden: 'warn', reason: '原件已核对' } });
    expect(view.counts).toEqual({ pass: 2, fail: 1, warn: 1 });
    expect(view.rules.map((r) => r.label)).toEqual(['按时报送', '盖章版']);
  });
});

describe('formal check screen state', () => {
  const ready = applyCheckLoaded(applyCheckOpening('r'), view);

  it('opens an override from what counts now; it needs a reason to be sent', () => {
    const rule = view.applications[1]!.results[1]!;
    let state = applyOverrideOpened(ready, 's2', rule);
    expect(state.edit).toEqual({ kind: 'override', submissionId: 's2', rule: 'stamp.unverified', result: 'pass', reason: '原件已核对' });
    state = applyEditChanged(state, { result: 'fail', reason: '  ' });
    expect(state.edit).toMatchObject({ result: 'fail', reason: '  ' });
    expect(canSendEdit(state.edit)).toBe(false);
    expect(canSendEdit(applyEditChanged(state, { reason: '复核' }).edit)).toBe(true);
  });

  it('a conclusion of 通过 needs no reason, 补正 and 不通过 do', () => {
    let state = applyConclusionOpened(ready, 's1');
    expect(state.edit).toEqual({ kind: 'conclude', submissionId: 's1', conclusion: 'pass', reason: '' });
    expect(canSendEdit(state.edit)).toBe(true);
    state = applyEditChanged(state, { conclusion: 'reject' });
    expect(canSendEdit(state.edit)).toBe(false);
    // A change meant for the other kind of edit leaves this one as it is.
    expect(applyEditChanged(state, { result: 'pass' }).edit).toEqual(state.edit);
  });

  it('a refused edit stays open with the reason; an answer closes it', () => {
    const editing = applyOverrideOpened(ready, 's1', view.applications[0]!.results[0]!);
    const refused = applyCheckFailed(editing, '评审活动处于专家评议阶段');
    expect(refused).toMatchObject({ phase: 'ready', error: '评审活动处于专家评议阶段' });
    expect(refused.edit).not.toBeNull();
    expect(applyCheckLoaded(refused, view)).toMatchObject({ edit: null, error: null });
    expect(applyEditClosed(refused)).toMatchObject({ edit: null, error: null });
  });

  it('fails the screen only when nothing was shown yet', () => {
    expect(applyCheckFailed(applyCheckOpening('r'), '未找到评审活动 r')).toMatchObject({ phase: 'failed', error: '未找到评审活动 r' });
  });

  it('names a field by the review once it is read, by its id before; a check reloaded keeps the review', () => {
    expect(fieldName(ready, 'ai')).toBe('ai');
    const review = { id: 'r', title: '2026 评审', programTitle: '计划', documentNumber: '皖教秘职成〔2026〕26号', isDemo: false, archivedAt: null, fieldCount: 1, submissionCount: 2, createdAt: '2026-05-01', stage: 'formal-check' as const, deadline: '2026-05-25', organisation: '', fields: [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 2 }], submissions: [] };
    const read = applyCheckReview(ready, review);
    expect(fieldName(read, 'ai')).toBe('人工智能');
    expect(fieldName(read, 'gone')).toBe('gone');
    expect(applyCheckLoaded(read, view).review).toBe(review);
    expect(applyCheckOpening('other').review).toBeNull();
    // A review that could not be read stays said, whatever the check answers after.
    const unread = applyCheckReviewFailed(applyCheckOpening('r'), '未找到评审活动 r');
    expect(applyCheckLoaded(unread, view)).toMatchObject({ phase: 'ready', reviewError: '未找到评审活动 r' });
    expect(applyCheckReview(unread, review).reviewError).toBeNull();
  });

});
