// The coordinator's first week on the demo mailbox (pingshen demo → 邮箱附件/), in Chromium through
// the browser host: a review from the 2026 template, the mailbox folder chosen and committed, the
// formal check run and finding the defects docs/demo.md lists, one result overridden with a
// reason, the 形式审查结果表 exported.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAILBOX_FOLDER, writeDemoMailbox } from '../../../electron/services/demo/write-demo-mailbox.ts';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from '../../support/app-under-test.ts';
import { checkRadio } from '../../support/check-radio.ts';

describe('the demo mailbox, from the drop to the 形式审查结果表', () => {
  let app: AppUnderTest;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'pingshen-e2e-mailbox-'));
    await writeDemoMailbox(root);
    app = await startAppUnderTest(join(root, 'profile'));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('imports the six applicants, runs the check, overrides the encrypted file with a reason and exports the 结果表', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('role-coordinator').click();
    await page.getByTestId('new-review').click();
    await page.getByTestId('new-review-title').fill('2026 集群培养计划（演示邮箱）');
    await page.getByTestId('new-review-program').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '高技能人才集群' }).first().click();
    await page.getByTestId('new-review-create').click();
    await page.getByRole('heading', { name: '2026 集群培养计划（演示邮箱）' }).waitFor();
    const reviewId = (await app.services.handlers['reviews:list']({})).find((r) => r.title === '2026 集群培养计划（演示邮箱）')!.id;

    await page.getByTestId('nav-intake').click();
    await page.getByTestId('intake-pick-folder').setInputFiles(join(root, MAILBOX_FOLDER));
    await page.getByTestId('intake-preview').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('intake-preview').textContent(), { timeout: 30_000 }).toContain('预览：6 个申报');
    // The GBK names of the zips read as Chinese.
    expect(await page.getByTestId('intake-application-望川职业技术学院').textContent()).toContain('06-望川职业技术学院.zip/佐证材料/合作协议（加密）.pdf');
    await page.getByTestId('intake-commit').click();
    await page.getByTestId('intake-outcome').waitFor();
    expect(await page.getByText('已导入 6 个申报').isVisible()).toBe(true);

    const review = await app.services.handlers['reviews:get']({ reviewId });
    const idOf = (applicant: string) => review.submissions.find((s) => s.applicant === applicant)!.id;
    await page.goto(`${new URL(page.url()).origin}/#/formal-check/${reviewId}`);
    await page.getByTestId('formal-check-screen').waitFor();
    await page.getByTestId('fc-run').click();
    await expect.poll(() => page.getByTestId(`fc-${idOf('松川汽车工程学校')}-deadline.late`).textContent()).toBe('不通过');
    expect(await page.getByTestId(`fc-verdict-${idOf('青岚职业技术学院')}`).textContent()).toBe('通过');
    expect(await page.getByTestId(`fc-verdict-${idOf('星桥工业职业技术学院')}`).textContent()).toBe('通过');
    expect(await page.getByTestId(`fc-${idOf('云湖信息职业技术学院')}-materials.missing`).textContent()).toBe('不通过');
    expect(await page.getByTestId(`fc-${idOf('望川职业技术学院')}-summary.mismatch`).textContent()).toBe('不通过');
    // The scans' seals were found: no 盖章版 warning anywhere.
    expect(await page.getByTestId(`fc-${idOf('青岚职业技术学院')}-stamp.unverified`).textContent()).toBe('通过');
    await page.screenshot({ path: join(artifactsDir, 'formal-check-mailbox.png'), fullPage: true });

    // 望川 gave the password on the phone: the coordinator opened the file and says so.
    const unreadable = page.getByTestId(`fc-${idOf('望川职业技术学院')}-materials.unreadable`);
    await unreadable.click();
    await checkRadio(page.getByRole('dialog').locator('label.ant-radio-button-wrapper', { hasText: /^通过$/ }));
    await page.getByTestId('fc-edit-reason').fill('已电话向望川职业技术学院取得密码，原件可以打开，内容完整');
    await page.getByTestId('fc-edit-save').click();
    await expect.poll(() => unreadable.textContent()).toBe('通过 · 改判');

    // 松川's zip is dated the morning after, but (say) the mail arrived the evening before: the coordinator
    // sets the received time from the mail, the check runs again, and 按时报送 passes on that time.
    const late = page.getByTestId(`fc-${idOf('松川汽车工程学校')}-deadline.late`);
    await late.click();
    await page.getByTestId('fc-received-at').fill('2026-05-25 21:40');
    // Once, the check fails to run again after the time is stored: the message says the time was set.
    await page.route('**/api/formal-check%3Arun', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: '服务暂时不可用' } } }), { times: 1 });
    await page.getByTestId('fc-received-set').click();
    await page.getByText('收到时间已按邮件设定（已记入审计日志），但重新审查未能完成：服务暂时不可用').waitFor();
    expect(await late.textContent()).not.toBe('通过');
    await page.getByTestId('fc-received-set').click();
    await expect.poll(() => late.textContent()).toBe('通过');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fc-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/u);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join('\n');
    expect(text).toContain('望川职业技术学院');
    expect(text).toContain('已电话向望川职业技术学院取得密码');
    const audit = await app.services.handlers['audit:list']({ reviewId, kind: 'intake', offset: 0, limit: 200 });
    expect(audit.entries.find((r) => r.action === 'intake.received-at-set')).toMatchObject({ subject: `${reviewId}/${idOf('松川汽车工程学校')}`, detail: { receivedAt: '2026-05-25T21:40:00+08:00' } });
    expect(app.pageErrors).toEqual([]);
  }, 240_000);
});
