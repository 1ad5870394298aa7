import type { Page } from 'playwright-core';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import type { Program } from '../../shared/domain/program.ts';
import type { Criterion } from '../../shared/domain/rubric.ts';

/** The built-in demo review every new profile has. */
export const demoReviewId = 'demo-2026-anhui';

/** A criterion's score field, by its accessible name (as a screen reader finds it). */
export function scoreInput(page: Page, title: string) {
  return page.getByRole('spinbutton', { name: `「${title}」得分` });
}

/** From the home screen: the expert role, then the review's workspace, until the rubric pane shows. */
export async function openWorkspaceAsExpert(page: Page, reviewId = demoReviewId): Promise<void> {
  await page.getByTestId('role-expert').click();
  await page.getByTestId(`open-${reviewId}`).click();
  await page.getByTestId('rubric-pane').waitFor();
}

/** What the tests need to know of the demo review, read through the API: its program, criteria and applications. */
export async function demoReviewFacts(handlers: ApiHandlers): Promise<{ program: Program; criteria: Criterion[]; submissionIds: string[] }> {
  const program = await dispatchCall(handlers, 'scoring:program', { reviewId: demoReviewId });
  if (!program.ok) throw new Error(program.error.message);
  const review = await dispatchCall(handlers, 'reviews:get', { reviewId: demoReviewId });
  if (!review.ok) throw new Error(review.error.message);
  const value = program.value as Program;
  return {
    program: value,
    criteria: value.rubrics[0]?.sections.flatMap((s) => s.criteria) ?? [],
    submissionIds: (review.value as { submissions: { id: string }[] }).submissions.map((s) => s.id),
  };
}
