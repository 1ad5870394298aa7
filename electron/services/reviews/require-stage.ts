import type { ReviewStage } from '../../../shared/domain/formal-check-view.ts';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** The stages in which applications and their checks may still change: once the experts have their packages, what they score must not change under them. */
export const intakeStages: readonly ReviewStage[] = ['formal-check', 'material-review'];

/** What a stage guard protects: each has its message in the reviews catalogue. */
export type StageGuarded = 'intake' | 'check' | 'override' | 'conclusion';

/** Refuses (conflict) `what` unless the review is in one of the `allowed` stages; the message names both stages in the UI's language. */
export function requireStage(review: ReviewDetail, allowed: readonly ReviewStage[], what: StageGuarded): void {
  if (!allowed.includes(review.stage)) {
    throw domainError(`reviews.stage-${what}`, { title: review.title, stage: review.stage, allowed: allowed.join(',') });
  }
}
