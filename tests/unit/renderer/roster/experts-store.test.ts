import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiBridge } from '../../../../shared/api/contract.ts';
import type { ApiResult } from '../../../../shared/api/result.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { RosterExpert } from '../../../../shared/domain/trust-views.ts';
import { setBridge } from '../../../../renderer/src/api/client.ts';
import { initialExpertsState } from '../../../../renderer/src/features/roster/experts-state.ts';
import { useExperts } from '../../../../renderer/src/features/roster/experts-store.ts';

const review: ReviewDetail = {
  id: 'r1', title: '评审', programTitle: '计划', documentNumber: '文号', isDemo: false, archivedAt: null, fieldCount: 1, submissionCount: 0,
  createdAt: '2026-01-01', stage: 'formal-check', deadline: '2026-05-25', organisation: '', fields: [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 1 }], submissions: [],
};
const wang: RosterExpert = { id: 'e1', name: '王明', organisation: '', title: '', expertise: '', phone: '', panel: [], publicKey: null, fingerprint: null, enrolledAt: null, submissionIds: [], conflicts: [] };
const li: RosterExpert = { ...wang, id: 'e2', name: '李华' };

type Answer = (input: { reviewId?: string }) => ApiResult<unknown> | Promise<ApiResult<unknown>>;

/** Sets a bridge that answers from `answers` and records every call; a call without an answer fails as the services would. */
function stubBridge(answers: Record<string, Answer>): { name: string; input: unknown }[] {
  const calls: { name: string; input: unknown }[] = [];
  setBridge(new Proxy({}, {
    get: (_target, name: string) => async (input: { reviewId?: string }) => {
      calls.push({ name, input });
      const answer = answers[name];
      return answer ? answer(input) : { ok: false, error: { code: 'internal', message: `no stub for ${name}` } };
    },
  }) as ApiBridge);
  return calls;
}

describe('experts store, through the client with a stubbed bridge', () => {
  beforeEach(() => useExperts.setState(initialExpertsState));

  it('opens a review: its roster and issued packages; a failed issued list still shows the roster', async () => {
    stubBridge({
      'reviews:get': () => ({ ok: true, value: review }),
      'experts:list': () => ({ ok: true, value: [wang, li] }),
      'packages:issued': () => ({ ok: false, error: { code: 'internal', message: '数据库忙' } }),
    });
    await useExperts.getState().open('r1');
    expect(useExperts.getState().load).toMatchObject({ phase: 'ready', value: { review, roster: [wang, li] } });
    expect(useExperts.getState().issued).toEqual([]);
  });

  it('keeps the failure of a roster that cannot be read, as thrown', async () => {
    stubBridge({ 'reviews:get': () => ({ ok: true, value: review }), 'experts:list': () => ({ ok: false, error: { code: 'not_found', message: '未找到评审活动 r1' } }) });
    await useExperts.getState().open('r1');
    const { load } = useExperts.getState();
    expect(load.phase).toBe('failed');
    expect((load.error as Error).message).toBe('未找到评审活动 r1');
  });

  it('removes an expert with the review and expert ids, and shows the roster the services return', async () => {
    const calls = stubBridge({
      'reviews:get': () => ({ ok: true, value: review }),
      'experts:list': () => ({ ok: true, value: [wang, li] }),
      'experts:remove': () => ({ ok: true, value: [wang] }),
    });
    await useExperts.getState().open('r1');
    await useExperts.getState().remove('e2');
    expect(calls.find((c) => c.name === 'experts:remove')?.input).toEqual({ reviewId: 'r1', expertId: 'e2' });
    expect(useExperts.getState().load.value?.roster).toEqual([wang]);
  });

  it('a refused save rejects with the services’ reason and keeps the roster shown', async () => {
    stubBridge({
      'reviews:get': () => ({ ok: true, value: review }),
      'experts:list': () => ({ ok: true, value: [wang, li] }),
      'experts:save': () => ({ ok: false, error: { code: 'invalid_input', message: '请填写姓名' } }),
    });
    await useExperts.getState().open('r1');
    await expect(useExperts.getState().save('e1', { name: ' ', organisation: '' })).rejects.toThrow('请填写姓名');
    expect(useExperts.getState().load.value?.roster).toEqual([wang, li]);
  });

  it('drops a roster that arrives after the coordinator opened another review', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    stubBridge({
      'reviews:get': (input) => ({ ok: true, value: { ...review, id: input.reviewId } }),
      'experts:list': async (input) => {
        if (input.reviewId === 'r1') await slow;
        return { ok: true, value: input.reviewId === 'r1' ? [wang] : [li] };
      },
      'packages:issued': () => ({ ok: true, value: [] }),
    });
    const first = useExperts.getState().open('r1');
    await useExperts.getState().open('r2');
    release();
    await first;
    expect(useExperts.getState().load).toMatchObject({ key: 'r2', phase: 'ready', value: { roster: [li] } });
  });
});
