// The audit-log screen (审计日志, issue 13 §4): the coordinator opens it from a review, sees the
// steps taken (sheets received, keys enrolled) newest first in Chinese, filters by kind and by text,
// checks the hash chain, and exports the log. Real services, the demo panel's sheets received.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { receiveDemoPanel } from '../../support/demo-panel.ts';
import { apiOf } from '../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';

describe('audit-log screen', () => {
  const app = useAppUnderTest({ prefix: 'e2e-audit' });

  it('lists the review\'s steps, filters them, checks the chain and exports the log', async () => {
    await receiveDemoPanel(apiOf(app.services), reviewId);
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    await page.getByTestId(`open-${reviewId}`).click();
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-screen').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/audit/${reviewId}`);
    const table = page.getByTestId('audit-table');
    await table.getByText('收到评分表').first().waitFor();
    const rows = () => table.locator('tbody tr.ant-table-row');
    const all = await rows().count();
    expect(all).toBeGreaterThan(8);
    // Kind: the sheets only (eight received, one of them a version 2).
    await page.getByTestId('audit-kind').click();
    await page.locator('.ant-select-dropdown').getByText(/^评分表（\d+）$/).click();
    await expect.poll(() => rows().count()).toBe(8);
    expect((await rows().allInnerTexts()).every((r) => r.includes('sheet.received'))).toBe(true);
    // Text: one expert's enrolment, by the name on their key card, among all kinds.
    await page.getByTestId('audit-kind').click();
    await page.locator('.ant-select-dropdown').getByText('全部类别').click();
    await page.getByTestId('audit-text').locator('input').fill('周涛');
    await page.getByTestId('audit-text').locator('input').press('Enter');
    await expect.poll(async () => (await rows().allInnerTexts()).join('\n')).toContain('登记专家公钥');
    expect((await rows().allInnerTexts()).every((r) => r.includes('周涛'))).toBe(true);
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-chain').innerText()).toMatch(/^哈希链完整：共 \d+ 行，最后一行摘要 [0-9a-f]{64}$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-jsonl').click()]);
    expect(download.suggestedFilename()).toMatch(/^pingshen-audit-\d{4}-\d{2}-\d{2}\.jsonl$/);
    await page.screenshot({ path: join(artifactsDir, 'audit-log.png') });
    // A reload keeps the place.
    await page.reload();
    await page.getByTestId('audit-screen').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
