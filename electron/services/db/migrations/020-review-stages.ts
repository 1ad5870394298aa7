import type { Migration } from './migration.ts';

/** Migration 20: a review's stage (形式审查 → 材料审核 → 专家评议 → 汇总 → 完成). */
export const migration020: Migration = {
  version: 20,
  name: "a review's stage",
  sql: `
    -- Coordinator: where a review stands (issue 11 §1). New reviews start at the formal check. A
    -- review that already holds applications came from the demo or a package: under expert review.
    ALTER TABLE reviews ADD COLUMN stage TEXT NOT NULL DEFAULT 'formal-check'
      CHECK (stage IN ('formal-check', 'material-review', 'expert-review', 'summary', 'done'));
    UPDATE reviews SET stage = 'expert-review' WHERE EXISTS (SELECT 1 FROM submissions s WHERE s.review_id = reviews.id);
  `,
};
