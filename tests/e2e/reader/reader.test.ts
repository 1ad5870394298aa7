import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir } from '../../support/app-under-test.ts';
import { useReaderHarness } from '../../support/reader-harness.ts';
import { currentPage, inkRatio, pagesTotal, textLayerText, waitForPhase, waitForRenderedPage, zoomLabel } from '../../support/reader-page.ts';

// The demo review's 申报书/佐证材料 PDFs (embedded Noto Sans CJK subsets, an outline) read in the
// DocumentReader on its harness page, against the real services through the browser host. Each
// test uses its own submission, because the reader remembers page, zoom and rotation per document.
describe('the PDF reader on the demo documents', () => {
  const harness = useReaderHarness('reader');
  let submissions: string[] = [];

  beforeAll(async () => {
    const review = await harness.services.handlers['reviews:get']({ reviewId: 'demo-2026-anhui' });
    submissions = review?.submissions.map((s) => s.id) ?? [];
  });

  async function openApplication(index: number, query = ''): Promise<Page> {
    const page = await harness.open(`reader.html?submission=${submissions[index]}${query}`);
    expect(await waitForPhase(page, ['ready', 'error'])).toBe('ready');
    await waitForRenderedPage(page, 1);
    return page;
  }

  it('renders the 申报书 with its Chinese text, tabs and page count', async () => {
    const page = await openApplication(0);
    expect(await page.getByTestId('reader-tab').allTextContents()).toEqual(['申报书', '佐证材料']);
    expect(await pagesTotal(page)).toBe(7);
    expect(await currentPage(page)).toBe(1);
    expect(await textLayerText(page, 1)).toContain('安徽省职业教育高技能人才集群培养计划');
    await expect.poll(() => inkRatio(page, 1)).toBeGreaterThan(0.005);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifactsDir, 'reader.png') });
    expect(harness.pageErrors).toEqual([]);
  });

  it('finds a Chinese word, counts and highlights the matches, steps with Enter, F3 and Shift+Enter', async () => {
    const page = await openApplication(1);
    await page.getByTestId('pdf-container').click();
    await page.keyboard.press('Control+f');
    const input = page.getByTestId('reader-find-input');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.fill('培养');
    await input.press('Enter');
    const count = page.getByTestId('reader-find-count');
    const totalShown = async () => Number(/^第 1\/(\d+) 处$/.exec((await count.textContent()) ?? '')?.[1] ?? 0);
    // The total grows while pdf.js searches the remaining pages.
    await expect.poll(totalShown).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    const total = await totalShown();
    await expect.poll(() => page.locator('.textLayer .highlight').count()).toBeGreaterThan(0);
    expect(await page.locator('.textLayer .highlight.selected').count()).toBeGreaterThan(0);
    await input.press('Enter');
    await expect.poll(() => count.textContent()).toBe(`第 2/${total} 处`);
    await page.keyboard.press('F3');
    await expect.poll(() => count.textContent()).toBe(`第 3/${total} 处`);
    await input.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe(`第 2/${total} 处`);
    await input.fill('不存在的词语');
    await expect.poll(() => count.textContent()).toBe('未找到');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('reader-find-bar').count()).toBe(0);
    expect(await page.locator('.textLayer .highlight').count()).toBe(0);
  });

  it('jumps to a typed page with Enter and moves with previous/next', async () => {
    const page = await openApplication(2);
    const box = page.getByTestId('reader-page-input');
    await box.fill('5');
    await box.press('Enter');
    await expect.poll(() => currentPage(page)).toBe(5);
    await waitForRenderedPage(page, 5);
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => currentPage(page)).toBe(6);
    await page.getByRole('button', { name: '上一页' }).click();
    await expect.poll(() => currentPage(page)).toBe(5);
    await box.fill('99');
    await box.press('Enter');
    await page.getByText(`请输入 1–${await pagesTotal(page)} 之间的页码`).waitFor();
    await box.blur();
    expect(await currentPage(page)).toBe(5);
  });

  it('zooms from the list, with Ctrl+= / Ctrl+- and with Ctrl+wheel, and rotates', async () => {
    const page = await openApplication(3);
    expect(await zoomLabel(page)).toBe('适合宽度');
    const width = () => page.locator('.page[data-page-number="1"]').evaluate((element) => element.getBoundingClientRect().width);
    const fitted = await width();
    await page.getByTestId('reader-zoom').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^50%$/ }).click();
    await expect.poll(() => zoomLabel(page)).toBe('50%');
    const half = await width();
    expect(half).toBeLessThan(fitted);
    await page.getByTestId('pdf-container').click();
    await page.keyboard.press('Control+=');
    await expect.poll(() => zoomLabel(page)).toBe('67%');
    await page.keyboard.press('Control+-');
    await expect.poll(() => zoomLabel(page)).toBe('50%');
    const box = await page.getByTestId('pdf-container').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 300, (box?.y ?? 0) + 300);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomLabel(page)).toBe('67%');
    const before = await page.locator('.page[data-page-number="1"]').boundingBox();
    expect((before?.height ?? 0) > (before?.width ?? 0)).toBe(true);
    await page.getByTestId('reader-rotate').click();
    await expect.poll(async () => {
      const after = await page.locator('.page[data-page-number="1"]').boundingBox();
      return (after?.width ?? 0) > (after?.height ?? 0);
    }).toBe(true);
    expect(harness.pageErrors).toEqual([]);
  });

  it('shows the outline in the sidebar and goes to a heading’s page when clicked', async () => {
    const page = await openApplication(4);
    await page.getByTestId('reader-sidebar-toggle').click();
    const heading = page.getByTestId('reader-outline-item').filter({ hasText: '八、申报单位承诺' });
    await heading.waitFor();
    const headingPage = Number(await heading.locator('.ps-outline-page').textContent());
    expect(headingPage).toBeGreaterThan(4);
    await page.getByTestId('reader-outline-item').filter({ hasText: '（三）优化教材呈现形式' }).waitFor();
    await heading.click();
    await expect.poll(() => currentPage(page)).toBe(headingPage);
    expect(await textLayerText(page, headingPage)).toContain('八、申报单位承诺');
    await page.getByText('缩略图', { exact: true }).click();
    await expect.poll(() => page.locator('.ps-thumbnail img').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '第 2 页' }).click();
    await expect.poll(() => currentPage(page)).toBe(2);
  });

  it('restores page, zoom and rotation after a reload', async () => {
    const page = await openApplication(5);
    const box = page.getByTestId('reader-page-input');
    await box.fill('4');
    await box.press('Enter');
    await page.getByTestId('reader-zoom').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^150%$/ }).click();
    await page.getByTestId('reader-rotate').click();
    await page.getByTestId('reader-rotate').click();
    await expect.poll(() => currentPage(page)).toBe(4);
    const documentId = (await page.getByTestId('reader-pane').getAttribute('data-document-id')) ?? '';
    const saved = () => harness.services.handlers['documents:view-state']({ documentId });
    await expect.poll(saved, { timeout: 5000 }).toEqual({ page: 4, zoom: '1.5', rotation: 180 });
    await page.reload();
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    await expect.poll(() => currentPage(page)).toBe(4);
    expect(await zoomLabel(page)).toBe('150%');
    await waitForRenderedPage(page, 4);
    await expect.poll(() => page.locator('.page[data-page-number="4"] .textLayer').getAttribute('data-main-rotation')).toBe('180');
  });
});
