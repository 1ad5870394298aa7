import { ApiFailure } from '../../../shared/api/result.ts';
import type { ReviewStage } from '../../../shared/domain/formal-check-view.ts';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import { stageLabels } from '../../../shared/formal-check/rule-labels.ts';

/** The stages in which applications and their checks may still change: once the experts have their packages, what they score must not change under them. */
export const intakeStages: readonly ReviewStage[] = ['formal-check', 'material-review'];

/** Refuses (conflict, in Chinese) `what` unless the review is in one of the `allowed` stages. */
export function requireStage(review: ReviewDetail, allowed: readonly ReviewStage[], what: string): void {
  if (!allowed.includes(review.stage)) {
    throw new ApiFailure('conflict', `评审活动「${review.title}」处于${stageLabels[review.stage]}阶段，不能${what}（须在${allowed.map((s) => stageLabels[s]).join('或')}阶段）`);
  }
}
