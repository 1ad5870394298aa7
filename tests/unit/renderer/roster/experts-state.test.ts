import { describe, expect, it } from 'vitest';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { BuildProgress, RosterExpert } from '../../../../shared/domain/trust-views.ts';
import {
  applyBuilding, applyCard, applyExpertsFailed, applyExpertsLoaded, applyExpertsOpening, applyIssued, applyRoster, initialExpertsState, recipientName,
  unenrolledExperts,
} from '../../../../renderer/src/features/roster/experts-state.ts';

const review: ReviewDetail = {
  id: 'r1', title: '评审', programTitle: '计划', documentNumber: '文号', isDemo: false, archivedAt: null, fieldCount: 1, submissionCount: 0,
  createdAt: '2026-01-01', stage: 'formal-check', deadline: '2026-05-25', organisation: '', fields: [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 1 }], submissions: [],
};

function expert(id: string, name: string, enrolled: boolean): RosterExpert {
  return {
    id, name, organisation: '安徽职业技术大学', title: '', expertise: '', phone: '', panel: [], publicKey: enrolled ? 'pk' : null, fingerprint: enrolled ? 'abcd '.repeat(8).trim() : null,
    enrolledAt: enrolled ? '2026-05-01' : null, submissionIds: [], conflicts: [],
  };
}

const wang = expert('e1', '王明', true);
const li = expert('e2', '李华', false);
const started: BuildProgress = { jobId: 'j1', state: 'running', done: 0, total: 10, output: null, error: null };

describe('experts screen state', () => {
  it('shows the roster once the review and roster arrived, and a failure as thrown', () => {
    const opening = applyExpertsOpening('r1');
    expect(opening.load.phase).toBe('loading');
    const ready = applyExpertsLoaded(opening, 'r1', review, [wang, li]);
    expect(ready.load).toMatchObject({ phase: 'ready', value: { review, roster: [wang, li] } });
    const error = new Error('未找到评审活动 r1');
    expect(applyExpertsFailed(opening, 'r1', error).load).toMatchObject({ phase: 'failed', error });
  });

  it('drops the answers for a review the coordinator already left', () => {
    const onR2 = applyExpertsOpening('r2');
    expect(applyExpertsLoaded(onR2, 'r1', review, [wang])).toEqual(onR2);
    expect(applyRoster(onR2, 'r1', [wang])).toBe(onR2);
    expect(applyIssued(onR2, 'r1', [{ digest: 'd', presetExpertId: null, createdAt: '2026' }])).toBe(onR2);
  });

  it('replaces the roster by the one every edit returns, keeping the review', () => {
    const ready = applyExpertsLoaded(applyExpertsOpening('r1'), 'r1', review, [wang, li]);
    const after = applyRoster(ready, 'r1', [li]);
    expect(after.load.value).toEqual({ review, roster: [li] });
    // No roster before the review loaded: nothing to replace.
    expect(applyRoster(applyExpertsOpening('r1'), 'r1', [li]).load.value).toBeNull();
  });

  it('opening the screen again carries over no card or build of the last visit', () => {
    let state = applyExpertsLoaded(applyExpertsOpening('r1'), 'r1', review, [wang]);
    state = applyCard(state, { info: { expertName: '王明', organisation: '', fingerprint: 'f', publicKey: 'pk', createdAt: '2026-05-01' }, text: '{}', expert: null });
    state = applyBuilding(state, { started, title: '全体专家' });
    expect(state.card?.text).toBe('{}');
    expect(state.building?.started.jobId).toBe('j1');
    expect(applyExpertsOpening('r1')).toEqual({ ...initialExpertsState, load: { key: 'r1', phase: 'loading', value: null, error: null } });
    expect(applyBuilding(applyCard(state, null), null)).toMatchObject({ card: null, building: null });
  });

  it('warns about exactly the experts without a key the package goes to', () => {
    expect(unenrolledExperts([wang, li], null)).toEqual([li]);
    expect(unenrolledExperts([wang, li], 'e1')).toEqual([]);
    expect(unenrolledExperts([wang, li], 'e2')).toEqual([li]);
  });

  it('names who an issued package is for, even after that expert was removed', () => {
    expect(recipientName([wang], null, '全体专家')).toBe('全体专家');
    expect(recipientName([wang], 'e1', '全体专家')).toBe('王明');
    expect(recipientName([wang], 'e9', '全体专家')).toBe('e9');
  });
});
