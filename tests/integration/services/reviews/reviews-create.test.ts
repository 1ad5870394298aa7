// 新建评审: a coordinator starts a review of their own from a program of the library.
import { describe, expect, it } from 'vitest';
import { useServicesProfile } from '../../../support/services-profile.ts';

const profile = useServicesProfile('pingshen-new-review-');

describe('reviews:create', () => {
  it('creates a review from a template: its current version pinned, the categories taken with their quotas, listed on the home screen', async () => {
    const programs = await profile.api.value('programs:list', {});
    const template = programs.find((p) => p.id === 'anhui-2026-high-skill-clusters')!;
    const { program } = await profile.api.value('programs:get', { programId: template.id });
    const [first, , third] = program.categories;
    const review = await profile.api.value('reviews:create', {
      title: '  2027年高技能人才集群培养计划评审  ',
      programId: template.id,
      categories: [{ id: third!.id, quota: 2 }, { id: first!.id, quota: 0 }],
      deadline: '2027-05-25',
      organisation: ' 安徽省教育厅 ',
    });
    expect(review).toMatchObject({ title: '2027年高技能人才集群培养计划评审', isDemo: false, programTitle: program.title, documentNumber: program.documentNumber, deadline: '2027-05-25', organisation: '安徽省教育厅', submissions: [] });
    expect(review.id).toMatch(/^review-\d{8}$/);
    // In the program's own order, with the quotas chosen.
    expect(review.fields.map((f) => [f.id, f.quota])).toEqual([[first!.id, 0], [third!.id, 2]]);
    expect((await profile.api.value('scoring:program', { reviewId: review.id })).version).toBe(template.version);
    expect((await profile.api.value('reviews:list', {})).map((r) => r.id)).toContain(review.id);
    // The template's version is now in use: the library says so.
    expect((await profile.api.value('programs:list', {})).find((p) => p.id === template.id)).toMatchObject({ inUse: true });
    const second = await profile.api.value('reviews:create', { title: '第二个', programId: template.id, categories: [{ id: first!.id, quota: 1 }], deadline: '' });
    expect(second.id).toBe(`${review.id}-2`);
    // Not named: none (the 结果表 then leaves the line out).
    expect(second.organisation).toBe('');
  });

  it('refuses, in Chinese and with nothing stored, a blank title, no category, an unknown program or category, a bad date', async () => {
    const before = (await profile.api.value('reviews:list', {})).length;
    const cases: [unknown, string][] = [
      [{ title: '  ', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 1 }], deadline: '' }, '请填写评审活动名称'],
      [{ title: '评审', programId: 'anhui-2026-high-skill-clusters', categories: [], deadline: '' }, '请至少选择一个领域'],
      [{ title: '评审', programId: 'no-such-program', categories: [{ id: 'ai', quota: 1 }], deadline: '' }, '未找到评审方案'],
      [{ title: '评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'no-such-field', quota: 1 }], deadline: '' }, '中没有领域 no-such-field'],
      [{ title: '评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 1 }], deadline: '2027-13-40' }, '请填写有效日期'],
      [{ title: '评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: -1 }], deadline: '' }, '名额不能小于 0'],
    ];
    for (const [input, message] of cases) {
      const result = await profile.api.api('reviews:create', input);
      expect(result, message).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } });
    }
    expect(await profile.api.value('reviews:list', {})).toHaveLength(before);
  });
});
