import type { Database } from 'better-sqlite3';
import { appendAudit } from '../db/audit-log.ts';
import { getReview, insertReview } from '../reviews/review-repository.ts';
import { loadDemoReview } from './load-demo-review.ts';

/** The shipped program template the demo review is scored with. */
export const demoProgramId = 'anhui-2026-high-skill-clusters';

/** Adds the built-in demo review to a profile that does not have it yet; returns true if added. */
export function seedDemoReview(db: Database, resourcesDir?: string): boolean {
  const demo = loadDemoReview(resourcesDir);
  if (getReview(db, demo.review.id)) return false;
  // The demo is scored with the shipped Anhui template, pinning the version installed now.
  const program = db.prepare('SELECT id, max(version) AS version FROM programs WHERE id = ?').get(demoProgramId) as
    | { id: string | null; version: number | null }
    | undefined;
  db.transaction(() => {
    insertReview(db, {
      ...demo.review,
      isDemo: true,
      createdAt: new Date().toISOString(),
      ...(program?.id && program.version ? { program: { id: program.id, version: program.version } } : {}),
    });
    appendAudit(db, 'review.demo-seeded', demo.review.id, { submissions: demo.review.submissions.length });
  })();
  return true;
}
