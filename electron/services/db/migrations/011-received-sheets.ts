import type { Migration } from './migration.ts';

/** Migration 11: the score sheets a coordinator received for a review. */
export const migration011: Migration = {
  version: 11,
  name: 'score sheets received by the coordinator',
  sql: `
    -- Coordinator: every score sheet received for a review that passed verification on its own,
    -- its exact bytes kept verbatim. Refused files are never stored. Which version counts (the
    -- newest valid one per expert) and version conflicts are computed from these at each merge.
    CREATE TABLE received_sheets (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      digest TEXT NOT NULL CHECK (length(digest) = 64),
      expert_id TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      -- The name the file had when received, shown in messages; never used as a path.
      file_name TEXT NOT NULL,
      bytes BLOB NOT NULL,
      fingerprint TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (review_id, digest)
    ) STRICT;
    CREATE INDEX received_sheets_by_expert ON received_sheets(review_id, expert_id, version);
    -- A received sheet is evidence: never changed.
    CREATE TRIGGER received_sheets_read_only BEFORE UPDATE ON received_sheets
    BEGIN
      SELECT RAISE(ABORT, 'a received score sheet is read-only');
    END;
  `,
};
