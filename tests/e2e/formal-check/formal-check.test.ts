// The 形式审查 screen in Chromium on the real services: a review of the coordinator's own holding
// three stored applications; the coordinator runs the check, sees the late one fail and the
// unsealed one wait, overrides the warning with a reason, and the review moves to 材料审核.
import type { Database } from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/db/open-database.ts';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from '../../support/app-under-test.ts';
import { checkRadio } from '../../support/check-radio.ts';
import { plain, readPdf } from '../../support/read-pdf.ts';
import { intakeMemory, storeApplication, storedFacts } from '../../support/stored-applications.ts';
import { apiOf } from '../../support/trust-api.ts';

describe('形式审查 screen', () => {
  const memory = intakeMemory();
  let app: AppUnderTest;
  let profile: string;
  let db: Database;
  let reviewId: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'pingshen-e2e-formal-check-'));
    app = await startAppUnderTest(profile, { intakeFactsOf: storedFacts(memory) });
    const { value } = apiOf(app.services);
    reviewId = (await value('reviews:create', { title: '2026 人工智能领域评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 2 }], deadline: '2026-05-25', organisation: '安徽省教育厅' })).id;
    db = openDatabase(profile);
    const target = { db, profileDir: profile, reviewId, memory };
    await storeApplication(target, { id: 's-good', position: 0, applicant: '青岚职业技术学院', partners: ['青岚智行汽车科技有限公司'] });
    await storeApplication(target, { id: 's-late', position: 1, applicant: '云湖信息职业技术学院', partners: ['云湖数据有限公司'] }, { stamped: { receivedAt: '2026-05-26T08:00:00+08:00', receivedAtSource: 'zip-entry-time' } });
    await storeApplication(target, { id: 's-seal', position: 2, applicant: '临湾科技职业学院', partners: ['临湾智造股份有限公司'] }, { 'summary-stamped': { redSeal: false } });
  }, 120_000);
  afterAll(async () => {
    db?.close();
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('runs the check, overrides a warning with a reason, and the review moves to 材料审核', async () => {
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    // The home screen lists the review with its stage.
    expect(await page.getByTestId(`review-stage-${reviewId}`).textContent()).toBe('形式审查');
    await page.goto(`${new URL(page.url()).origin}/#/formal-check/${reviewId}`);
    await page.getByTestId('formal-check-screen').waitFor();
    await page.getByText('尚未运行形式审查').waitFor();
    await page.getByTestId('fc-run').click();
    await expect.poll(() => page.getByTestId('fc-verdict-s-late').textContent()).toBe('不通过');
    expect(await page.getByTestId('fc-verdict-s-good').textContent()).toBe('通过');
    expect(await page.getByTestId('fc-verdict-s-seal').textContent()).toBe('待定');
    expect(await page.getByTestId('fc-s-late-deadline.late').textContent()).toBe('不通过');
    await page.screenshot({ path: join(artifactsDir, 'formal-check.png'), fullPage: true });

    await page.getByTestId('fc-s-seal-stamp.unverified').click();
    await page.getByText('审查结果：提示').waitFor();
    // Without a reason the override cannot be saved.
    expect(await page.getByTestId('fc-edit-save').isDisabled()).toBe(true);
    const pass = page.getByRole('dialog').locator('label.ant-radio-button-wrapper', { hasText: /^通过$/ });
    await checkRadio(pass);
    await page.getByTestId('fc-edit-reason').fill('纸质原件已核对，公章清晰');
    await page.getByTestId('fc-edit-save').click();
    await expect.poll(() => page.getByTestId('fc-s-seal-stamp.unverified').textContent()).toBe('通过 · 改判');
    await expect.poll(() => page.getByTestId('fc-stage').textContent()).toBe('阶段：材料审核');
    expect(await page.getByTestId('fc-verdict-s-seal').textContent()).toBe('通过');
    await page.getByRole('button', { name: /返回/ }).click();
    await page.getByRole('button', { name: /返回/ }).click();
    await expect.poll(() => page.getByTestId(`review-stage-${reviewId}`).textContent()).toBe('材料审核');
    await page.goto(`${new URL(page.url()).origin}/#/formal-check/${reviewId}`);
    await page.getByTestId('formal-check-screen').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'formal-check-overridden.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });

  it('prints the 结果表 from the screen: every application and rule, the override beside what the check said, lines for 审查人 and 复核人, page numbers; a reload stays on it', async () => {
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    await page.goto(`${new URL(page.url()).origin}/#/formal-check/${reviewId}`);
    await page.getByTestId('formal-check-screen').waitFor();
    await page.getByTestId('fc-print').click();
    await page.getByTestId('formal-check-document').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/formal-check/${reviewId}/print`);
    await page.reload();
    await page.getByTestId('formal-check-document').waitFor();

    const pdfPath = join(artifactsDir, 'formal-check-print.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(artifactsDir, 'formal-check-print')]);
    const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
    const text = pdf.pages.map(plain).join('');
    for (const part of ['2026人工智能领域评审形式审查结果表', '组织单位：安徽省教育厅；文号：皖教秘职成〔2026〕26号', '审查人（签名）', '复核人（签名）', '青岚职业技术学院', '云湖信息职业技术学院', '临湾科技职业学院', '按时报送', '通过（改判，原为提示）', '纸质原件已核对，公章清晰', '阶段：材料审核']) {
      expect(text, part).toContain(plain(part));
    }
    // The page's controls stay on the screen; the page number is on every printed page.
    expect(text).not.toContain('打印结果表');
    expect(text).toMatch(/^第1页\/共\d+页/u);
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the file a finding names in the reader, from the result\'s dialog, and comes back to the check', async () => {
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    await page.goto(`${new URL(page.url()).origin}/#/formal-check/${reviewId}`);
    await page.getByTestId('formal-check-screen').waitFor();
    await page.getByTestId('fc-s-late-deadline.late').click();
    await page.getByTestId('fc-evidence-0').click();
    await page.getByTestId('materials-screen').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(new RegExp(`^#/materials/${reviewId}/s-late/[0-9a-f]{64}$`, 'u'));
    await page.getByText('申报材料：云湖信息职业技术学院').waitFor();
    // The stamped scan the finding names is the file open, its pages drawn.
    await page.locator('.ant-tabs-tab-active').filter({ hasText: '盖章' }).waitFor();
    await page.locator('.page[data-page-number="1"] canvas').first().waitFor();
    await page.screenshot({ path: join(artifactsDir, 'formal-check-materials.png') });
    expect(await page.getByTestId('materials-others').textContent()).toContain('汇总表.xlsx');
    // A workbook is named, not opened as a broken PDF; the reader keeps to the PDFs.
    const documents = await app.services.handlers['submissions:documents']({ reviewId, submissionId: 's-late' });
    const workbook = documents.find((d) => d.fileName.endsWith('.xlsx'))!;
    await page.goto(`${new URL(page.url()).origin}/#/materials/${reviewId}/s-late/${workbook.id}`);
    await expect.poll(() => page.getByTestId('materials-notice').textContent()).toContain('「汇总表.xlsx」不是 PDF');
    expect(await page.locator('.ant-tabs-tab').filter({ hasText: '汇总表.xlsx' }).count()).toBe(0);
    await page.locator('.page[data-page-number="1"] canvas').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('formal-check-screen').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
