import type { Migration } from './migration.ts';

/** Migration 22: divergence rounds (分差复议) on the merge's applications. */
export const migration022: Migration = {
  version: 22,
  name: 'divergence rounds',
  sql: `
    -- A divergence round the coordinator opened on an application: what was asked of which experts,
    -- round 1 as the merge had it then (flags, each counted expert's version, total and scores), and
    -- the closing note with round 2 as it stood at the close. Never deleted while the review lives: the flag's history is kept.
    CREATE TABLE merge_discussions (
      review_id TEXT NOT NULL,
      id INTEGER NOT NULL CHECK (id >= 1),
      submission_id TEXT NOT NULL,
      opened_at TEXT NOT NULL,
      note TEXT NOT NULL CHECK (length(trim(note)) > 0),
      experts TEXT NOT NULL CHECK (json_valid(experts)),
      round1 TEXT NOT NULL CHECK (json_valid(round1)),
      closed_at TEXT,
      closing_note TEXT,
      round2 TEXT CHECK (round2 IS NULL OR json_valid(round2)),
      CHECK ((closed_at IS NULL) = (closing_note IS NULL) AND (closed_at IS NULL) = (round2 IS NULL)),
      PRIMARY KEY (review_id, id),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;
  `,
};
