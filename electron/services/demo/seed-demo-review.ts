import type { Database } from 'better-sqlite3';
import { appendAudit } from '../db/audit-log.ts';
import { getReview, insertReview } from '../reviews/review-repository.ts';
import { loadDemoReview } from './load-demo-review.ts';

/** Adds the built-in demo review to a profile that does not have it yet; returns true if added. */
export function seedDemoReview(db: Database, resourcesDir?: string): boolean {
  const demo = loadDemoReview(resourcesDir);
  if (getReview(db, demo.review.id)) return false;
  db.transaction(() => {
    insertReview(db, { ...demo.review, isDemo: true, createdAt: new Date().toISOString() });
    appendAudit(db, 'review.demo-seeded', demo.review.id, { submissions: demo.review.submissions.length });
  })();
  return true;
}
