import { beforeAll, describe, expect, it } from 'vitest';
import { useReaderHarness } from '../../support/reader-harness.ts';
import { currentPage, waitForPhase, waitForRenderedPage } from '../../support/reader-page.ts';

/** The harness's window.__reader (DocumentReaderHandle, renderer/harness/reader-harness.tsx). */
type ReaderHandle = { show(target: { documentId: string; page: number; quote?: string }): void };

// Selection, copy, quotes and switching documents in the DocumentReader on the demo review.
describe('the PDF reader: selection, quotes and tabs', () => {
  const harness = useReaderHarness('reader-quotes');
  let submission = '';

  beforeAll(async () => {
    const review = await harness.services.handlers['reviews:get']({ reviewId: 'demo-2026-anhui' });
    submission = review?.submissions[0]?.id ?? '';
  });

  it('reports the selected text with its page and copies it without line breaks inside Chinese sentences', async () => {
    const page = await harness.open(`reader.html?submission=${submission}&page=4`);
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    await expect.poll(() => currentPage(page)).toBe(4);
    await waitForRenderedPage(page, 4);
    await page.waitForSelector('.page[data-page-number="4"] .textLayer span');
    const selected = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('.page[data-page-number="4"] .textLayer span')].filter((span) => (span.textContent ?? '').length > 8);
      const range = document.createRange();
      range.setStartBefore(spans[0] as Node);
      range.setEndAfter(spans[1] as Node);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return `${spans[0]?.textContent}${spans[1]?.textContent}`.replace(/\s+/g, '');
    });
    await expect.poll(() => page.getByTestId('harness-selection').textContent()).toMatch(/^4\|/);
    const reported = ((await page.getByTestId('harness-selection').textContent()) ?? '').slice(2);
    expect(reported.replace(/\s+/g, '')).toBe(selected);
    expect(reported).not.toContain('\n');
    const copied = await page.evaluate(() => {
      const data = new DataTransfer();
      const span = document.querySelector('.page[data-page-number="4"] .textLayer span');
      span?.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    expect(copied).toBe(reported);
  });

  it('shows a quoted passage: scrolls to its page and highlights it, even across a line break', async () => {
    const page = await harness.open(`reader.html?submission=${submission}`);
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    const documentId = await page.getByTestId('reader-pane').getAttribute('data-document-id');
    await page.evaluate(
      (id) => (window as unknown as { __reader?: ReaderHandle }).__reader?.show({ documentId: id ?? '', page: 4, quote: '以“三组长”负责制为牵引，\n  建成面向智能网联新能源汽车产业的高技能人才培养高地' }),
      documentId,
    );
    await expect.poll(() => currentPage(page)).toBe(4);
    await expect.poll(() => page.locator('.page[data-page-number="4"] .textLayer .highlight.selected').count()).toBeGreaterThan(0);
    const marked = await page.locator('.page[data-page-number="4"] .textLayer .highlight').allTextContents();
    expect(marked.join('').replace(/\s+/g, '')).toContain('三组长');
  });

  it('switches between the tabs, each document keeping its own page', async () => {
    const page = await harness.open(`reader.html?submission=${submission}`);
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    const first = await page.getByTestId('reader-pane').getAttribute('data-document-id');
    const box = page.getByTestId('reader-page-input');
    await box.fill('3');
    await box.press('Enter');
    await expect.poll(() => currentPage(page)).toBe(3);
    await page.getByRole('tab', { name: '佐证材料' }).click();
    await expect.poll(() => page.getByTestId('reader-pane').getAttribute('data-document-id')).not.toBe(first);
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    expect(await currentPage(page)).toBe(1);
    await page.getByRole('tab', { name: '申报书' }).click();
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    await expect.poll(() => currentPage(page)).toBe(3);
    expect(harness.pageErrors).toEqual([]);
  });
});
