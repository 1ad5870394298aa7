import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/api/dispatch.ts';
import type { Criterion } from '../../../shared/domain/rubric.ts';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { currentPage, inkRatio, textLayerText, waitForPhase, waitForRenderedPage } from '../../support/reader-page.ts';
import { demoReviewFacts, demoReviewId, openWorkspaceAsExpert, scoreInput } from '../../support/workspace-page.ts';

const reviewId = demoReviewId;

async function openWorkspaceWithReader(page: Page): Promise<void> {
  await openWorkspaceAsExpert(page);
  expect(await waitForPhase(page, ['ready'])).toBe('ready');
}

/** The score field of a criterion. */
function scoreOf(page: Page, c: Criterion) {
  return scoreInput(page, c.title);
}

/** Selects the text of the first two long runs of page `n`'s text layer, as a drag would; returns it without spaces. */
async function selectPassage(page: Page, n: number): Promise<string> {
  await page.waitForSelector(`.page[data-page-number="${n}"] .textLayer span`);
  return page.evaluate((number) => {
    const spans = [...document.querySelectorAll(`.page[data-page-number="${number}"] .textLayer span`)].filter((span) => (span.textContent ?? '').length > 8);
    const range = document.createRange();
    range.setStartBefore(spans[0] as Node);
    range.setEndAfter(spans[1] as Node);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return `${spans[0]?.textContent}${spans[1]?.textContent}`.replace(/\s+/g, '');
  }, n);
}

// Issue 4's walk through the workspace: the reader, find, keyboard scoring and citations, on real services.
describe('expert workspace: reading beside the rubric', () => {
  const app = useAppUnderTest({ prefix: 'e2e-reader' });
  let criteria: Criterion[];
  let firstSubmission: string;

  beforeAll(async () => {
    const facts = await demoReviewFacts(app.services.handlers);
    criteria = facts.criteria;
    firstSubmission = facts.submissionIds[0]!;
  });

  it('reads the 申报书, finds a Chinese word, scores every criterion by keyboard, cites a page and a passage, and finds it all after a reload', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await openWorkspaceWithReader(page);

    // The application's first page is drawn with its Chinese text, and the list no longer counts it unread.
    await waitForRenderedPage(page, 1);
    expect(await textLayerText(page, 1)).toContain('申报书');
    expect(await inkRatio(page, 1)).toBeGreaterThan(0.01);
    await expect.poll(() => page.getByTestId(`submission-${firstSubmission}`).textContent()).toContain('未读 1');
    await page.screenshot({ path: join(artifactsDir, 'workspace-reader.png') });

    // Ctrl+F in the pages finds a Chinese phrase.
    await page.getByTestId('pdf-container').click();
    await page.keyboard.press('Control+f');
    await page.getByTestId('reader-find-input').fill('现场工程师');
    await expect.poll(() => page.getByTestId('reader-find-count').textContent(), { timeout: 20_000 }).toMatch(/第 1\/\d+ 处/);
    await page.keyboard.press('Escape');

    // Every criterion scored from the keyboard: a value, Enter, the next.
    await scoreOf(page, criteria[0]!).click();
    for (const c of criteria) {
      await page.keyboard.type(String(c.maxPoints - c.step));
      await page.keyboard.press('Enter');
    }

    // Ctrl+E with page 4 shown cites the page for the focused criterion.
    const byPage = criteria[1]!;
    const byQuote = criteria[2]!;
    await page.getByTestId('reader-page-input').fill('4');
    await page.getByTestId('reader-page-input').press('Enter');
    await expect.poll(() => currentPage(page)).toBe(4);
    await scoreOf(page, byPage).click();
    await page.keyboard.press('Control+e');
    await page.getByTestId(`criterion-${byPage.id}`).getByTestId('evidence-link').filter({ hasText: '申报书 第 4 页' }).waitFor();

    // With a passage selected, Ctrl+E cites it with its words.
    await scoreOf(page, byQuote).click();
    await waitForRenderedPage(page, 4);
    const passage = await selectPassage(page, 4);
    await page.keyboard.press('Control+e');
    const quoted = page.getByTestId(`criterion-${byQuote.id}`).getByTestId('evidence-link');
    await quoted.waitFor();
    expect(((await quoted.textContent()) ?? '').replace(/\s+/g, '')).toContain(passage.slice(0, 12));
    await expect.poll(() => page.getByTestId('saved-indicator').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'workspace-cited.png') });

    // The reload returns to the workspace itself (the place is in the URL).
    await page.reload();
    await page.getByTestId('rubric-pane').waitFor();
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    for (const c of criteria) expect(await scoreOf(page, c).inputValue()).toBe(String(c.maxPoints - c.step));
    await expect.poll(() => currentPage(page)).toBe(4);
    await page.getByTestId(`criterion-${byPage.id}`).getByTestId('evidence-link').filter({ hasText: '申报书 第 4 页' }).waitFor();

    // The quoted citation opens its page with the passage highlighted.
    await page.getByTestId('reader-page-input').fill('1');
    await page.getByTestId('reader-page-input').press('Enter');
    await expect.poll(() => currentPage(page)).toBe(1);
    await page.getByTestId(`criterion-${byQuote.id}`).getByTestId('evidence-link').click();
    await expect.poll(() => currentPage(page)).toBe(4);
    await page.locator('.page[data-page-number="4"] .textLayer .highlight').first().waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('searches the focused criterion’s keywords in the document, lists the hits by page and goes to one', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await openWorkspaceWithReader(page);
    const c = criteria.find((k) => k.keywords.includes('课程思政'));
    if (!c) throw new Error('the demo rubric has no criterion with the keyword 课程思政');
    await page.getByTestId('reader-page-input').fill('1');
    await page.getByTestId('reader-page-input').press('Enter');
    await scoreOf(page, c).click();

    const bar = page.locator('[data-testid="reader-keyword-bar"][data-done="true"]');
    await bar.waitFor({ timeout: 20_000 });
    expect(await bar.textContent()).toContain(`要点检索「${c.title}」`);
    expect(await page.getByTestId('reader-keyword-status').textContent()).toMatch(/\d+ 页命中，共 \d+ 处/);
    expect(await page.getByTestId('reader-keyword').count()).toBe(c.keywords.length);

    await page.getByTestId('reader-keyword-list').click();
    const hit = page.getByTestId('reader-hit').first();
    await hit.waitFor();
    const hitPage = Number(await hit.getAttribute('data-page'));
    expect(await hit.locator('mark').textContent()).toBeTruthy();
    await hit.click();
    await expect.poll(() => currentPage(page)).toBe(hitPage);
    await page.locator(`.page[data-page-number="${hitPage}"] .textLayer .highlight`).first().waitFor();

    // A keyword's chip steps through its matches in the find bar.
    await page.getByTestId('reader-keyword').filter({ hasText: '课程思政' }).click();
    expect(await page.getByTestId('reader-find-input').inputValue()).toBe('课程思政');
    await expect.poll(() => page.getByTestId('reader-find-count').textContent(), { timeout: 20_000 }).toMatch(/第 \d+\/\d+ 处/);

    // Leaving the criterion for one without keywords takes the strip away.
    const none = criteria.find((k) => k.keywords.length === 0);
    if (none) {
      await scoreOf(page, none).click();
      await expect.poll(() => page.getByTestId('reader-keyword-bar').count()).toBe(0);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('lists hits in the application’s other documents too, and opens one in its own tab', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await openWorkspaceWithReader(page);
    const documents = await dispatchCall(app.services.handlers, 'submissions:documents', { reviewId, submissionId: firstSubmission });
    const evidence = (documents.ok ? (documents.value as { id: string; title: string }[]) : [])[1];
    if (!evidence) throw new Error('the demo application has no second document');
    // 1.2 合作企业与行业机构: its keywords (合作协议, 龙头企业, …) occur in the 佐证材料 as well as in the 申报书.
    const c = criteria.find((k) => k.id === 'foundation-partners');
    if (!c) throw new Error('the demo rubric has no criterion foundation-partners');
    await scoreOf(page, c).click();
    await page.locator('[data-testid="reader-keyword-bar"][data-done="true"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('reader-keyword-list').click();
    const other = page.locator(`[data-testid="reader-hit"][data-document-id="${evidence.id}"]`).first();
    await other.waitFor();
    await page.screenshot({ path: join(artifactsDir, 'workspace-keywords.png') });
    const hitPage = Number(await other.getAttribute('data-page'));
    await other.click();
    await expect.poll(() => page.locator('[data-testid="reader-pane"]').getAttribute('data-document-id')).toBe(evidence.id);
    expect(await waitForPhase(page, ['ready'])).toBe('ready');
    await expect.poll(() => currentPage(page)).toBe(hitPage);
    await page.locator(`.page[data-page-number="${hitPage}"] .textLayer .highlight`).first().waitFor();
    expect(await page.locator('.ant-tabs-tab-active').textContent()).toContain(evidence.title);
    expect(app.pageErrors).toEqual([]);
  });
});
