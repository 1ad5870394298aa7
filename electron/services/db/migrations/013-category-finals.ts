import type { Migration } from './migration.ts';

/** Migration 13: a category's list marked final by the coordinator. */
export const migration013: Migration = {
  version: 13,
  name: "a category's list marked final",
  sql: `
    -- Coordinator: a category (领域) whose recommendation list is final. While it is, its decisions
    -- cannot change; reopening it is audited like the marking.
    CREATE TABLE merge_finals (
      review_id TEXT NOT NULL,
      field_id TEXT NOT NULL,
      finalized_at TEXT NOT NULL,
      PRIMARY KEY (review_id, field_id),
      FOREIGN KEY (review_id, field_id) REFERENCES review_fields(review_id, id) ON DELETE CASCADE
    ) STRICT;
  `,
};
