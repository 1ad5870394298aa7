import type { Migration } from './migration.ts';

/** Migration 17: sheets held back at the merge, and what the coordinator decided about them. */
export const migration017: Migration = {
  version: 17,
  name: 'keys confirmed at first sight and versions chosen at the merge',
  sql: `
    -- Coordinator: a key the coordinator confirmed on screen, fingerprint compared in person, for
    -- one expert of one review. A sheet signed by a key not enrolled for its expert is held back
    -- (stored, not counted) until its key is confirmed here; then it is taken.
    CREATE TABLE merge_confirmed_keys (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      expert_id TEXT NOT NULL,
      public_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      confirmed_at TEXT NOT NULL,
      PRIMARY KEY (review_id, expert_id, public_key)
    ) STRICT;
    -- Coordinator: of two (or more) different sheets of one expert and version, the one chosen to
    -- count (audited, with the reason). The others stay stored as history, not counted.
    CREATE TABLE merge_version_choices (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      expert_id TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      digest TEXT NOT NULL CHECK (length(digest) = 64),
      reason TEXT NOT NULL,
      chosen_at TEXT NOT NULL,
      PRIMARY KEY (review_id, expert_id, version),
      FOREIGN KEY (review_id, digest) REFERENCES received_sheets(review_id, digest)
    ) STRICT;
  `,
};
