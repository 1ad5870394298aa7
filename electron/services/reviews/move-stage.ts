import type { Database } from 'better-sqlite3';
import type { ReviewStage } from '../../../shared/domain/formal-check-view.ts';
import { appendAudit } from '../db/audit-log.ts';
import { setStage, stageOf } from './review-repository.ts';

/** Moves a review to `to` when it stands in one of `from` (audited `review.stage`); returns whether it moved. */
export function moveStage(db: Database, reviewId: string, from: readonly ReviewStage[], to: ReviewStage, now = new Date().toISOString()): boolean {
  const stage = stageOf(db, reviewId);
  if (stage === undefined || !from.includes(stage)) return false;
  setStage(db, reviewId, to);
  appendAudit(db, 'review.stage', reviewId, { from: stage, to }, now);
  return true;
}
