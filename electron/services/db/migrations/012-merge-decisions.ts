import type { Migration } from './migration.ts';

/** Migration 12: the coordinator's decision per application (推荐 / 候补 / 不推荐). */
export const migration012: Migration = {
  version: 12,
  name: "the coordinator's decision per application",
  sql: `
    -- Coordinator: the decision recorded for an application after the merge, with the reason where
    -- it departs from what the ranking suggests (the audit log keeps every change).
    CREATE TABLE merge_decisions (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('recommend', 'reserve', 'reject')),
      reason TEXT NOT NULL DEFAULT '',
      decided_at TEXT NOT NULL,
      PRIMARY KEY (review_id, submission_id),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;
  `,
};
