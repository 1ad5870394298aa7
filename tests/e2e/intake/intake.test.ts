// The coordinator's intake in Chromium through the browser host: a review of their own from the
// 2026 template, a folder of what the applicants sent (two applicant folders, a zip with GBK
// names) chosen and uploaded, the preview corrected (one role), committed, and the applications
// seen in the review.
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from '../../support/app-under-test.ts';
import { craftZip, storedEntry } from '../../support/craft-zip.ts';
import { coverText, writeTestPdf } from '../../support/intake-fixtures.ts';

describe('coordinator intake in Chromium through the browser host', () => {
  let app: AppUnderTest;
  let root: string;
  let bundle: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'pingshen-e2e-intake-'));
    app = await startAppUnderTest(join(root, 'profile'));
    // What a mailbox gives: a folder per applicant, and one applicant's zip made on Chinese Windows (GBK names, no UTF-8 flag).
    bundle = join(root, '申报材料');
    mkdirSync(join(bundle, '青岚职业技术学院', '佐证材料'), { recursive: true });
    mkdirSync(join(bundle, '星河职业学院'), { recursive: true });
    writeFileSync(join(bundle, '青岚职业技术学院', '申报书.pdf'), await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能'), '一、建设基础'] }));
    writeFileSync(join(bundle, '青岚职业技术学院', '扫描件.pdf'), await writeTestPdf({ scanPages: 2 }));
    writeFileSync(join(bundle, '青岚职业技术学院', '佐证材料', '专利证书.pdf'), await writeTestPdf({ pages: ['专利证书\n证书号 第 123 号'] }));
    writeFileSync(join(bundle, '星河职业学院', '申报书.pdf'), await writeTestPdf({ pages: [coverText('星河职业学院', '智能网联新能源汽车', '新能源汽车高技能人才集群')] }));
    writeFileSync(join(bundle, '说明.pdf'), await writeTestPdf({ pages: ['各位专家：请查收附件'] }));
    const gbk = (name: string) => iconv.encode(name, 'gbk');
    const anhui = await writeTestPdf({ pages: [coverText('安徽职业技术学院', '高端装备制造', '高端装备集群')] });
    writeFileSync(join(bundle, '安徽职业技术学院.zip'), craftZip([storedEntry(gbk('申报书.pdf'), anhui, 0), storedEntry(gbk('佐证材料/合作协议.pdf'), await writeTestPdf({ pages: ['合作协议'] }), 0)]));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('a coordinator creates a review from the 2026 template, chooses the applicants\' folder, fixes one role, puts a loose file under its applicant and a misfiled one under the right one, commits and sees the applications', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('role-coordinator').click();
    await page.getByTestId('new-review').click();
    await page.getByTestId('new-review-title').fill('2026年高技能人才集群培养计划评审');
    await page.getByTestId('new-review-program').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '高技能人才集群' }).first().click();
    await page.getByTestId('new-review-create').click();
    await page.getByRole('heading', { name: '2026年高技能人才集群培养计划评审' }).waitFor();
    const reviewId = (await app.services.handlers['reviews:list']({})).find((r) => r.title === '2026年高技能人才集群培养计划评审')!.id;

    await page.getByTestId('nav-intake').click();
    await page.getByTestId('intake-screen').waitFor();
    expect(page.url()).toContain(`#/intake/${encodeURIComponent(reviewId)}`);
    // The folder as the browser gives it (webkitdirectory): each file with its place in the folder.
    await page.getByTestId('intake-pick-folder').setInputFiles(bundle);
    await page.getByTestId('intake-preview').waitFor({ timeout: 60_000 });

    await expect.poll(() => page.getByTestId('intake-preview').textContent()).toContain('预览：3 个申报，7 个文件（尚未保存）');
    const qinglan = page.getByTestId('intake-application-青岚职业技术学院');
    expect(await qinglan.textContent()).toContain('人工智能');
    expect(await page.getByTestId('intake-application-星河职业学院').textContent()).toContain('智能网联新能源汽车');
    // The zip's GBK names read as Chinese, its files under their applicant.
    // A loose file in no applicant's folder is asked about and left out unless moved.
    expect(await page.getByTestId('intake-ambiguities').textContent()).toContain('说明.pdf');
    expect(await page.getByTestId('intake-unassigned').textContent()).toContain('说明.pdf');
    const anhui = page.getByTestId('intake-application-安徽职业技术学院');
    expect(await anhui.textContent()).toContain('安徽职业技术学院.zip/佐证材料/合作协议.pdf');
    expect(await anhui.textContent()).toContain('高端装备制造');

    // The scan was not named as the stamped 申报书: the coordinator says it is.
    const scanRole = page.getByTestId('intake-role-青岚职业技术学院/扫描件.pdf');
    await scanRole.locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^申报书盖章版$/ }).click();
    await expect.poll(() => qinglan.textContent()).toContain('已修改（原为');
    // The loose note belongs to 星河: the coordinator says so.
    await page.getByTestId('intake-move-说明.pdf').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^星河职业学院$/ }).click();
    // A file under the wrong applicant: the coordinator moves it to the one it belongs to, and it shows there.
    await page.getByTestId('intake-move-安徽职业技术学院.zip/佐证材料/合作协议.pdf').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^星河职业学院$/ }).click();
    await expect.poll(() => page.getByTestId('intake-application-星河职业学院').textContent()).toContain('合作协议.pdf');
    expect(await page.getByTestId('intake-moved-安徽职业技术学院.zip/佐证材料/合作协议.pdf').textContent()).toBe('已调整所属申报（尚未保存）');
    expect(await anhui.textContent()).not.toContain('合作协议.pdf');
    await page.waitForTimeout(300); // the list's closing animation, for the screenshot
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifactsDir, 'intake.png') });
    await page.screenshot({ path: join(artifactsDir, 'intake-full.png'), fullPage: true });
    // Nothing is stored before 确认导入.
    expect((await app.services.handlers['reviews:get']({ reviewId })).submissions).toEqual([]);

    await page.getByTestId('intake-commit').click();
    await page.getByTestId('intake-outcome').waitFor();
    expect(await page.getByTestId('intake-outcome').textContent()).toContain('青岚职业技术学院');
    expect(await page.getByText('已导入 3 个申报').isVisible()).toBe(true);
    expect(await page.getByText('未导入的文件').count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'intake-committed.png') });

    const review = await app.services.handlers['reviews:get']({ reviewId });
    expect(review.submissions.map((s) => [s.applicant, s.fieldId]).sort()).toEqual([
      ['安徽职业技术学院', 'high-end-equipment'],
      ['星河职业学院', 'smart-ev'],
      ['青岚职业技术学院', 'ai'],
    ]);
    const stored = review.submissions.find((s) => s.applicant === '青岚职业技术学院')!;
    const documents = await app.services.handlers['submissions:documents']({ reviewId, submissionId: stored.id });
    expect(documents.map((d) => [d.fileName, d.role]).sort()).toEqual([['专利证书.pdf', 'evidence'], ['扫描件.pdf', 'stamped'], ['申报书.pdf', 'application']]);
    const xinghe = review.submissions.find((s) => s.applicant === '星河职业学院')!;
    expect((await app.services.handlers['submissions:documents']({ reviewId, submissionId: xinghe.id })).map((d) => d.fileName).sort()).toEqual(['合作协议.pdf', '申报书.pdf', '说明.pdf']);

    await page.getByTestId('intake-back-to-review').click();
    await page.getByRole('tab', { name: '人工智能' }).click();
    await page.locator('.ant-table-row').filter({ hasText: '青岚职业技术学院' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  }, 180_000);

  it('a coordinator edits the alias table on the intake screen: a half-filled row is refused in place, the table saved whole and read back', async () => {
    const { id: reviewId } = await app.services.handlers['reviews:create']({ title: '别名表评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 1 }], deadline: '' });
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    await page.goto(`${new URL(page.url()).origin}/#/intake/${encodeURIComponent(reviewId)}`);
    await page.getByTestId('intake-screen').waitFor();
    await page.getByTestId('aliases-open').click();
    await page.getByText('尚无别名').waitFor();
    await page.getByTestId('aliases-add').click();
    await page.getByTestId('alias-0').fill('安徽职院');
    await page.getByTestId('aliases-save').click();
    expect(await page.getByTestId('aliases-problem').textContent()).toBe('第 1 行：简称和全称都要填写');
    await page.getByTestId('alias-full-0').fill('安徽职业技术学院');
    await page.getByTestId('aliases-add').click();
    await page.getByTestId('alias-1').fill('青岚职院');
    await page.getByTestId('alias-full-1').fill('青岚职业技术学院');
    await page.screenshot({ path: join(artifactsDir, 'intake-aliases.png') });
    await page.getByTestId('aliases-save').click();
    await page.getByText('单位别名表已保存（2 条）').waitFor();
    expect(await app.services.handlers['intake:aliases']({ reviewId })).toEqual([
      { alias: '安徽职院', fullName: '安徽职业技术学院' },
      { alias: '青岚职院', fullName: '青岚职业技术学院' },
    ]);
    await page.getByTestId('aliases-open').click();
    await expect.poll(() => page.getByTestId('alias-1').inputValue()).toBe('青岚职院');
    expect(app.pageErrors).toEqual([]);
  });
});
