import type { Database } from 'better-sqlite3';
import type { ReviewStage } from '../../../shared/domain/formal-check-view.ts';
import { appendAudit } from '../db/audit-log.ts';

/** Moves a review to `to` when it stands in one of `from` (audited `review.stage`); returns whether it moved. */
export function moveStage(db: Database, reviewId: string, from: readonly ReviewStage[], to: ReviewStage, now = new Date().toISOString()): boolean {
  const row = db.prepare('SELECT stage FROM reviews WHERE id = ?').get(reviewId) as { stage: ReviewStage } | undefined;
  if (!row || !from.includes(row.stage)) return false;
  db.prepare('UPDATE reviews SET stage = ? WHERE id = ?').run(to, reviewId);
  appendAudit(db, 'review.stage', reviewId, { from: row.stage, to }, now);
  return true;
}
