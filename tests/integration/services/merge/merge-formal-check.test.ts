// The formal check at the merge (issue 12 §2 flags, §4 ranking): an application the review's 形式审查
// failed (not overridden) is flagged with the check's own reasons and left out of the ranking, its
// place taken by the next; an override that clears every failed rule brings it back. The demo panel's
// sheets received on real services; the check run on the demo review (no materials imported, so
// every application misses its materials). No screen runs a check once packages are out (the stage
// has moved on): the test moves the stage back by hand, to put a scored application under a failed check.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { receiveDemoPanel } from '../../../support/demo-panel.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-merge-formal-');

describe('the formal check at the merge', () => {
  it('without a formal check, nothing is flagged for it', async () => {
    const view = await receiveDemoPanel(profile.api, reviewId);
    expect(view.report.categories.flatMap((c) => c.ranking.flatMap((a) => a.flags.filter((f) => f.kind === 'formal_check_failed')))).toEqual([]);
  });

  it('a failed formal check flags every failing application with the reasons and takes it out of the ranking; an override brings one back', async () => {
    const db = new Database(join(profile.root, 'profile', databaseFileName));
    db.prepare("UPDATE reviews SET stage = 'formal-check' WHERE id = ?").run(reviewId);
    db.close();
    const check = await profile.api.value('formal-check:run', { reviewId });
    const failing = check.applications.filter((a) => !a.inPackages);
    expect(failing.length).toBeGreaterThan(0);
    const view = await profile.api.value('merge:get', { reviewId });
    const all = view.report.categories.flatMap((c) => c.ranking);
    for (const a of failing) {
      const merged = all.find((x) => x.submissionId === a.submissionId)!;
      expect(merged).toMatchObject({ rank: null, standing: 'excluded' });
      const flag = merged.flags.find((f) => f.kind === 'formal_check_failed')!;
      expect(flag.reason).toMatch(/^形式审查未通过：/);
      expect(flag.reason).toContain(a.results.find((r) => r.effective === 'fail')!.reason);
    }
    // The first category's first application: every failed rule overridden to pass, with a reason.
    const chosen = failing.find((a) => a.fieldId === view.report.categories[0]!.id)!;
    for (const r of chosen.results.filter((x) => x.effective === 'fail')) {
      await profile.api.value('formal-check:override', { reviewId, submissionId: chosen.submissionId, rule: r.rule, result: 'pass', reason: '已补交纸质材料，经核对齐全' });
    }
    const after = (await profile.api.value('merge:get', { reviewId })).report.categories[0]!.ranking.find((a) => a.submissionId === chosen.submissionId)!;
    expect(after.rank).toBe(1);
    expect(after.flags.some((f) => f.kind === 'formal_check_failed')).toBe(false);
  });

  it('the results workbook carries the 形式审查结果表 as 形式审查: every application (one category\'s in its own file), the override and its reason', async () => {
    const read = async (categoryId?: string) => {
      const file = await profile.api.value('merge:export-xlsx', { reviewId, ...(categoryId ? { categoryId } : {}) });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      return workbook;
    };
    const check = await profile.api.value('formal-check:get', { reviewId });
    const whole = await read();
    expect(whole.worksheets.map((w) => w.name)).toEqual(['专家评分汇总表', '推荐名单', '评分明细', '形式审查', '签名与校验']);
    const sheet = whole.getWorksheet('形式审查')!;
    expect(check.applications.map((_, i) => sheet.getCell(4 + i, 3).value)).toEqual(check.applications.map((a) => a.applicant));
    const notes = (sheet.getColumn(sheet.columnCount).values as unknown[]).map(String).join('\n');
    expect(notes).toContain('已补交纸质材料，经核对齐全');
    const category = check.applications[0]!.fieldId;
    const one = (await read(category)).getWorksheet('形式审查')!;
    const mine = check.applications.filter((a) => a.fieldId === category).map((a) => a.applicant);
    expect(mine.map((_, i) => one.getCell(4 + i, 3).value)).toEqual(mine);
    expect(one.getCell(4 + mine.length, 3).value ?? null).toBeNull();
  });
});
