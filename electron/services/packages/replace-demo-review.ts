import { domainError } from '../../../shared/errors/domain-error.ts';
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../db/audit-log.ts';

/**
 * Deletes this profile's built-in demo review (with the expert's scores in it) so a package of the
 * same review can take its place. Call inside the import's transaction: both happen or neither.
 * Documents stay in the store: they are shared by content, and the package usually brings the same ones.
 */
export function removeDemoReview(db: Database, reviewId: string): void {
  const row = db.prepare('SELECT is_demo FROM reviews WHERE id = ?').get(reviewId) as { is_demo: number } | undefined;
  if (row?.is_demo !== 1) throw domainError('packages.not-demo', { reviewId });
  // Page visits carry no foreign key; everything else cascades from the review.
  db.prepare('DELETE FROM page_visits WHERE review_id = ?').run(reviewId);
  db.prepare('DELETE FROM reviews WHERE id = ?').run(reviewId);
  appendAudit(db, 'review.demo-replaced', reviewId, {});
}
