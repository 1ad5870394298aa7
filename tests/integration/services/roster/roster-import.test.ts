// Experts for a real review: a 专家名单 .xlsx imported (as committees lay it out), conflicts detected
// by organisation, and the automatic assignment balanced within each category's panel.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../support/write-raw-xlsx.ts';
import { writeRawXlsx } from '../../../support/write-raw-xlsx.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const profile = useServicesProfile('pingshen-roster-import-');
const reviewId = 'demo-2026-anhui';

/** The refusal of a call that must fail. */
async function refusal(name: 'experts:import-xlsx' | 'experts:auto-assign', input: unknown): Promise<{ code: string; message: string }> {
  const result = await profile.api.api(name, input);
  if (result.ok) throw new Error(`${name} succeeded where it must be refused`);
  return result.error;
}

/** A 专家名单 as a secretary makes it in WPS: a merged title row, a header with 序号 and 备注, padded names, full-width digits. */
async function expertList(rows: readonly (readonly RawCell[])[]): Promise<string> {
  const bytes = await writeRawXlsx(
    [{ name: '专家名单', merges: ['A1:G1'], rows: [['2026年高技能人才集群培养计划评审专家名单'], ['序号', '姓 名', '工作单位', '职称', '擅长领域', '手机号码', '备注'], ...rows] }],
    { wps: true },
  );
  return bytes.toString('base64');
}

const panel = [
  [1, '张  三', '云湖信息职业技术学院', '教授', '人工智能', '１３８００００００００', ''],
  [2, '李四', '江岚大学', '高级工程师', '智能网联新能源汽车', '13900000001', ''],
  [null, null, null, null, null, null, null],
  [3, '王五', '某研究院', '研究员', '人工智能、大数据', '13900000002', '组长'],
  [4, '赵六', '某大学', '副教授', '', '', ''],
] as const satisfies readonly (readonly RawCell[])[];

describe('experts:import-xlsx', () => {
  it('adds every expert of the list with 职称, 专业领域, phone and panel, and records the conflicts their organisations imply', async () => {
    const before = (await profile.api.value('experts:list', { reviewId })).length;
    const imported = await profile.api.value('experts:import-xlsx', { reviewId, fileName: '专家名单.xlsx', base64: await expertList(panel) });
    expect(imported).toMatchObject({ added: 4, updated: 0, warnings: [] });
    const added = imported.roster.slice(before);
    expect(added.map((e) => [e.name, e.organisation, e.title, e.phone, e.panel])).toEqual([
      ['张三', '云湖信息职业技术学院', '教授', '13800000000', ['ai']],
      ['李四', '江岚大学', '高级工程师', '13900000001', ['smart-ev']],
      ['王五', '某研究院', '研究员', '13900000002', ['ai']],
      ['赵六', '某大学', '副教授', '', []],
    ]);
    // 张三 works at the lead school of ai-01: recorded as a conflict, and no longer assigned to it.
    const zhang = added[0]!;
    expect(imported.conflictsDetected).toBeGreaterThanOrEqual(1);
    expect(zhang.conflicts).toEqual([{ submissionId: 'ai-01', reason: expect.stringContaining('云湖信息职业技术学院') }]);
    expect(zhang.submissionIds).not.toContain('ai-01');
  });

  it('updates, not doubles, experts already on the list when the same file comes again', async () => {
    const before = await profile.api.value('experts:list', { reviewId });
    const again = await profile.api.value('experts:import-xlsx', { reviewId, fileName: '专家名单.xlsx', base64: await expertList(panel) });
    expect(again).toMatchObject({ added: 0, updated: 4, conflictsDetected: 0 });
    expect(again.roster.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('refuses a list with a nameless row, or a file that is not a workbook, naming why, with nothing stored', async () => {
    const before = await profile.api.value('experts:list', { reviewId });
    const nameless = await refusal('experts:import-xlsx', { reviewId, fileName: '名单.xlsx', base64: await expertList([[1, '孙七', '某校', '', '', '', ''], [2, '', '某企业', '工程师', '', '', '']]) });
    expect(nameless).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('第 4 行有内容但没有姓名') });
    const notXlsx = await refusal('experts:import-xlsx', { reviewId, fileName: '名单.xlsx', base64: Buffer.from('姓名,单位\n孙七,某校\n').toString('base64') });
    expect(notXlsx.message).toContain('名单.xlsx');
    expect(await profile.api.value('experts:list', { reviewId })).toEqual(before);
  });
});

describe('experts:auto-assign', () => {
  it('gives each application N experts of its panel, never one who must recuse, the least loaded first', async () => {
    const { roster, shortfalls } = await profile.api.value('experts:auto-assign', { reviewId, perApplication: 2 });
    const review = await profile.api.value('reviews:get', { reviewId });
    for (const submission of review.submissions) {
      for (const expert of roster.filter((e) => e.submissionIds.includes(submission.id))) {
        expect(expert.panel.length === 0 || expert.panel.includes(submission.fieldId), `${expert.name} ↔ ${submission.id}`).toBe(true);
        expect(expert.conflicts.map((c) => c.submissionId)).not.toContain(submission.id);
      }
    }
    // 张三 recuses from ai-01, so 王五 and 赵六 (no panel: every category) take it; for ai-02 张三, the least loaded, comes first.
    expect(Object.fromEntries(roster.map((e) => [e.name, e.submissionIds]))).toEqual({
      张三: ['ai-02'],
      李四: ['smart-ev-01', 'smart-ev-02'],
      王五: ['ai-01', 'ai-02'],
      赵六: ['smart-ev-01', 'smart-ev-02', 'ai-01', 'high-end-equipment-01', 'high-end-equipment-02'],
    });
    // Only 赵六 may score 高端装备制造: both its applications fall short, and say so.
    expect(shortfalls).toEqual([
      { submissionId: 'high-end-equipment-01', wanted: 2, got: 1 },
      { submissionId: 'high-end-equipment-02', wanted: 2, got: 1 },
    ]);
  });

  it('says where a category has too few experts who may score it', async () => {
    const { shortfalls } = await profile.api.value('experts:auto-assign', { reviewId, perApplication: 50 });
    expect(shortfalls.length).toBe(6);
    expect(shortfalls[0]).toMatchObject({ wanted: 50 });
    const error = await refusal('experts:auto-assign', { reviewId, perApplication: 0 });
    expect(error.message).toContain('每份申报至少 1 位专家');
  });
});
