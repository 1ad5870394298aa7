import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/api/dispatch.ts';
import type { Program } from '../../../shared/domain/program.ts';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { demoReviewFacts, demoReviewId, openWorkspaceAsExpert, scoreInput } from '../../support/workspace-page.ts';

const reviewId = demoReviewId;

describe('expert workspace in Chromium', () => {
  const app = useAppUnderTest();
  let program: Program;
  let firstSubmission: string;
  let submissionIds: string[];

  beforeAll(async () => {
    const facts = await demoReviewFacts(app.services.handlers);
    program = facts.program;
    submissionIds = facts.submissionIds;
    firstSubmission = submissionIds[0]!;
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

    // A reload returns to the workspace itself, on the same application (the place is in the URL).
    await page.reload();
    await page.getByTestId('rubric-pane').waitFor();
    for (const c of criteria) {
      expect(await scoreInput(page, c.title).inputValue()).toBe(String(c.maxPoints - c.step));
    }
    expect(await page.getByTestId(`comment-${criteria[0]!.id}`).inputValue()).toBe('师资与专业对口，佐证充分。');
    expect(await page.getByTestId(`submission-${firstSubmission}`).textContent()).toContain(String(expectedTotal));
    expect(app.pageErrors).toEqual([]);
  });

  it('a reload keeps your place: the same application in the workspace, the consistency review, home', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    const second = submissionIds[1]!;
    await page.getByTestId(`submission-${second}`).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/workspace/${reviewId}/${second}`);
    await page.reload();
    await page.getByTestId('rubric-pane').waitFor();
    await expect.poll(() => page.getByTestId(`submission-${second}`).getAttribute('aria-selected')).toBe('true');

    await page.getByTestId('consistency-button').click();
    await page.getByTestId('consistency-report').waitFor();
    await page.reload();
    await page.getByTestId('consistency-report').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/consistency/${reviewId}`);

    // A hash naming a review this profile does not hold falls back to home, with no error.
    await page.evaluate(() => window.history.replaceState(null, '', '#/workspace/no-such-review/x'));
    await page.reload();
    await page.getByTestId(`review-${reviewId}`).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/');
    expect(app.pageErrors).toEqual([]);
  });

  it('saves only what the criterion allows: off-step, out of range and malformed values are refused, shown with the saved value, never clamped', async () => {
    const page = await app.open();
    await openWorkspaceAsExpert(page);
    // The demo review's 5-point criteria in half points are where 4.3 saved 4 and 45 or 7 saved 5.
    const c = program.rubrics[0]!.sections.flatMap((s) => s.criteria).find((x) => x.maxPoints <= 10 && x.step === 0.5) ?? program.rubrics[0]!.sections[0]!.criteria[1]!;
    const field = scoreInput(page, c.title);
    const stored = async () => {
      const read = await dispatchCall(app.services.handlers, 'scoring:get', { reviewId, submissionId: firstSubmission });
      if (!read.ok) throw new Error(read.error.message);
      return (read.value as { entry: { scores: Record<string, number | null> } }).entry.scores[c.id] ?? null;
    };
    const saved = c.maxPoints - 1;
    await field.fill(String(saved));
    await expect.poll(stored).toBe(saved);
    const total = await page.getByTestId('live-total').textContent();
    const row = await page.getByTestId(`submission-${firstSubmission}`).textContent();
    for (const typed of [String(saved - 0.7), '45', String(c.maxPoints + 2), '-1', '4,5']) {
      await field.fill(typed);
      // The field keeps what was typed, says why it is not saved, and shows the saved value beside it.
      expect(await field.inputValue()).toBe(typed);
      await page.getByTestId(`score-problem-${c.id}`).waitFor();
      expect(await page.getByTestId(`score-saved-${c.id}`).textContent()).toBe(`已保存：${String(saved)}`);
      expect(await page.getByTestId('live-total').textContent()).toBe(total);
      expect(await page.getByTestId(`submission-${firstSubmission}`).textContent()).toBe(row);
    }
    await page.screenshot({ path: join(artifactsDir, 'workspace-score-refused.png') });
    // Leaving the field puts the saved value back; nothing was clamped or rounded on the way.
    await page.getByTestId('live-total').click();
    expect(await field.inputValue()).toBe(String(saved));
    expect(await page.getByTestId(`score-problem-${c.id}`).count()).toBe(0);
    expect(await stored()).toBe(saved);
    // Full-width digits from a Chinese IME are a number like any other.
    await field.fill('４.５');
    await expect.poll(stored).toBe(4.5);
    expect(await page.getByTestId('live-total').textContent()).not.toBe(total);
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
