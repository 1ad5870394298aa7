import type { Page } from 'playwright-core';

/** The reader pane's state: loading, password, ready or error. */
export type Phase = 'loading' | 'password' | 'ready' | 'error';

/** Waits until the open document's pane reaches one of `phases`; returns the one reached. */
export async function waitForPhase(page: Page, phases: readonly Phase[], timeout = 30_000): Promise<Phase> {
  const selector = phases.map((phase) => `[data-testid="reader-pane"][data-phase="${phase}"]`).join(', ');
  const pane = await page.waitForSelector(selector, { timeout });
  return (await pane.getAttribute('data-phase')) as Phase;
}

/** Waits until page `n`'s canvas has been drawn (pdf.js marks drawn pages with data-loaded). */
export async function waitForRenderedPage(page: Page, n: number, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`.page[data-page-number="${n}"][data-loaded="true"] canvas`, { timeout });
}

/** The page number the toolbar shows. */
export async function currentPage(page: Page): Promise<number> {
  return Number(await page.getByTestId('reader-page-input').inputValue());
}

/** The total the toolbar shows after the page box ("/ 7" → 7). */
export async function pagesTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('reader-page-total').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/** The zoom the toolbar's list shows (适合宽度, 150%…). */
export async function zoomLabel(page: Page): Promise<string> {
  return ((await page.getByTestId('reader-zoom').locator('.ant-select-content, .ant-select-selection-item').first().textContent()) ?? '').trim();
}

/** Text of the text layer of page `n`, whitespace removed (pdf.js splits CJK lines into many spans). */
export async function textLayerText(page: Page, n: number): Promise<string> {
  const layer = page.locator(`.page[data-page-number="${n}"] .textLayer`);
  await layer.waitFor({ state: 'attached' });
  await page.waitForFunction((number) => (document.querySelector(`.page[data-page-number="${number}"] .textLayer`)?.textContent ?? '').length > 0, n);
  return ((await layer.textContent()) ?? '').replace(/\s+/gu, '');
}

/** Share of non-white pixels on page `n`'s canvas: blank pages (missing fonts) come out near 0. */
export async function inkRatio(page: Page, n: number): Promise<number> {
  return page.evaluate((number) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`.page[data-page-number="${number}"] canvas`);
    const context = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 600) ink++;
    return ink / (data.length / 4);
  }, n);
}
