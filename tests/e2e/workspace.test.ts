import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import type { Program } from '../../shared/domain/program.ts';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from '../support/app-under-test.ts';
import { demoReviewFacts, demoReviewId, openWorkspaceAsExpert, scoreInput } from '../support/workspace-page.ts';

const reviewId = demoReviewId;

describe('expert workspace in Chromium', () => {
  let app: AppUnderTest;
  let profile: string;
  let program: Program;
  let firstSubmission: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'pingshen-e2e-'));
    app = await startAppUnderTest(profile);
    const facts = await demoReviewFacts(app.services.handlers);
    program = facts.program;
    firstSubmission = facts.submissionIds[0]!;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('scores every criterion of a submission by keyboard, and finds it all after a reload', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    const criteria = program.rubrics[0]!.sections.flatMap((s) => s.criteria);
    // Type a score, Enter to the next criterion, all the way down: a faster path than a paper form.
    await scoreInput(page, criteria[0]!.title).click();
    for (const c of criteria) {
      await page.keyboard.type(String(c.maxPoints - c.step));
      await page.keyboard.press('Enter');
    }
    const comment = page.getByTestId(`comment-${criteria[0]!.id}`);
    await comment.fill('师资与专业对口，佐证充分。');
    await comment.blur();
    await expect.poll(() => page.getByTestId('saved-indicator').isVisible()).toBe(true);
    const expectedTotal = criteria.reduce((sum, c) => sum + c.maxPoints - c.step, 0);
    expect(await page.getByTestId('live-total').textContent()).toContain(String(expectedTotal));
    await page.screenshot({ path: join(artifactsDir, 'workspace.png') });

    await page.reload();
    await openWorkspaceAsExpert(page);
    for (const c of criteria) {
      expect(await scoreInput(page, c.title).inputValue()).toBe(String(c.maxPoints - c.step));
    }
    expect(await page.getByTestId(`comment-${criteria[0]!.id}`).inputValue()).toBe('师资与专业对口，佐证充分。');
    expect(await page.getByTestId(`submission-${firstSubmission}`).textContent()).toContain(String(expectedTotal));
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a score off the step on screen and never saves it (the field itself clamps the range)', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    const c = program.rubrics[0]!.sections[0]!.criteria[1]!;
    const offStep = c.step / 2;
    await scoreInput(page, c.title).fill(String(offStep));
    await page.getByText(/的得分须在/).first().waitFor();
    const stored = await dispatchCall(app.services.handlers, 'scoring:get', { reviewId, submissionId: firstSubmission });
    if (!stored.ok) throw new Error(stored.error.message);
    expect((stored.value as { entry: { scores: Record<string, number> } }).entry.scores[c.id]).not.toBe(offStep);
  });

  it('undoes a score with Ctrl+Z outside the fields', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    const c = program.rubrics[0]!.sections[0]!.criteria[0]!;
    const before = await scoreInput(page, c.title).inputValue();
    await page.getByTestId(`criterion-${c.id}`).locator('.ant-radio-button-wrapper').last().click();
    await expect.poll(() => scoreInput(page, c.title).inputValue()).not.toBe(before);
    await page.getByTestId('live-total').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => scoreInput(page, c.title).inputValue()).toBe(before);
  });

  it('declares a conflict with a reason, which locks scoring and shows 回避', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    const review = await dispatchCall(app.services.handlers, 'reviews:get', { reviewId });
    const second = (review.ok ? (review.value as { submissions: { id: string }[] }).submissions[1]!.id : '') as string;
    await page.getByTestId(`submission-${second}`).click();
    await page.getByTestId('conflict-button').click();
    await page.getByTestId('conflict-reason').fill('本人近三年在该校兼职');
    await page.locator('#conflict-confirm').click();
    await page.getByText('已回避：本人近三年在该校兼职').waitFor();
    expect(await page.getByTestId(`submission-${second}`).textContent()).toContain('回避');
    const criteria = program.rubrics[0]!.sections.flatMap((s) => s.criteria);
    expect(await scoreInput(page, criteria[0]!.title).isDisabled()).toBe(true);
  });

  it('shows the consistency review with the ranking and what blocks signing', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    await page.getByTestId('consistency-button').click();
    await page.getByTestId('consistency-report').waitFor();
    await page.getByText('仍有申报未完成').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'consistency.png'), fullPage: true });
  });
});
