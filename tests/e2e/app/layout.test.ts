import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { waitForPhase } from '../../support/reader-page.ts';
import { openWorkspaceAsExpert } from '../../support/workspace-page.ts';

// The meeting-room laptops and projectors of issue 9: the screens must fit each without sideways scrolling.
const sizes = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

// Screenshots go with the other test artifacts; docs/img/layout-*.png are copies, refreshed by hand when the screens change.
const imgDir = artifactsDir;

/** How far the submission list's scroll box (and the list in it) overflows sideways, in px. */
async function listOverflow(page: Page): Promise<{ box: number; list: number }> {
  return page.getByTestId('submission-list').evaluate((list) => {
    const box = list.closest('.ps-scroll') ?? list;
    return { box: box.scrollWidth - box.clientWidth, list: list.scrollWidth - list.clientWidth };
  });
}

/** The score header's total ("90 / 100"): whether "/ 100" sits on the line of "90", and its height against one line. */
async function totalLine(page: Page): Promise<{ sameLine: boolean; height: number; lineHeight: number }> {
  return page.getByTestId('live-total').evaluate((total) => {
    const content = total.querySelector('.ant-statistic-content')!;
    const value = content.querySelector('.ant-statistic-content-value')!.getBoundingClientRect();
    const suffix = content.querySelector('.ant-statistic-content-suffix')!.getBoundingClientRect();
    // Wrapped, the suffix's box starts below the value's; on one line the two overlap vertically.
    const sameLine = suffix.top < value.bottom && suffix.bottom > value.top;
    const lineHeight = Number.parseFloat(getComputedStyle(content).lineHeight);
    return { sameLine, height: content.getBoundingClientRect().height, lineHeight };
  });
}

/** Whether the reader's page box is on screen in full: not zero-sized, not cut off by its toolbar or the window. */
async function pageBoxShown(page: Page): Promise<{ width: number; inside: boolean }> {
  return page.getByTestId('reader-page-input').evaluate((input) => {
    const box = input.getBoundingClientRect();
    const bar = input.closest('[role="toolbar"]')!.getBoundingClientRect();
    const inside = box.left >= bar.left - 0.5 && box.right <= bar.right + 0.5 && box.right <= window.innerWidth && getComputedStyle(input).visibility !== 'hidden';
    return { width: box.width, inside };
  });
}

describe('layout at the meeting-room screen sizes', () => {
  const app = useAppUnderTest({ prefix: 'e2e-layout' });

  beforeAll(async () => {
    mkdirSync(imgDir, { recursive: true });
  });

  for (const { width, height } of sizes) {
    it(`fits the workspace and the identity screen at ${width}×${height}`, async () => {
      const page = await app.open();
      await page.setViewportSize({ width, height });
      await openWorkspaceAsExpert(page);
      expect(await waitForPhase(page, ['ready'])).toBe('ready');

      expect(await listOverflow(page)).toEqual({ box: 0, list: 0 });
      const total = await totalLine(page);
      expect(total.sameLine, JSON.stringify(total)).toBe(true);
      expect(total.height, JSON.stringify(total)).toBeLessThan(total.lineHeight * 1.5);
      const box = await pageBoxShown(page);
      expect(box.width, JSON.stringify(box)).toBeGreaterThanOrEqual(40);
      expect(box.inside, JSON.stringify(box)).toBe(true);
      await page.screenshot({ path: join(imgDir, `layout-workspace-${width}x${height}.png`) });

      // The identity screen, opened from the workspace, goes back there by its button…
      await page.getByTestId('nav-identity').click();
      await page.getByTestId('identity-screen').waitFor();
      await page.screenshot({ path: join(imgDir, `layout-identity-${width}x${height}.png`) });
      await page.getByTestId('identity-back').click();
      await page.getByTestId('rubric-pane').waitFor();
      // …and, opened from home, goes home by Esc and by the button.
      await page.locator('.ps-brand').click();
      await page.getByTestId('home-screen').waitFor();
      await page.getByTestId('nav-identity').click();
      await page.getByTestId('identity-screen').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('home-screen').waitFor();
      await page.getByTestId('nav-identity').click();
      await page.getByTestId('identity-back').click();
      await page.getByTestId('home-screen').waitFor();
      expect(await page.getByTestId('identity-screen').count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});
