import type { Migration } from './migration.ts';

/** Migration 21: the formal check's results, the coordinator's overrides and the 材料审核 conclusions. */
export const migration021: Migration = {
  version: 21,
  name: 'formal check results, overrides and conclusions',
  sql: `
    -- The last run of a review's formal check: when, and with which program version's rules.
    CREATE TABLE formal_check_runs (
      review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
      ran_at TEXT NOT NULL,
      program_id TEXT NOT NULL,
      program_version INTEGER NOT NULL
    ) STRICT;

    -- What each rule found for each application in the last run (replaced by the next run).
    CREATE TABLE formal_check_results (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      rule TEXT NOT NULL,
      position INTEGER NOT NULL,
      result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'warn')),
      reason TEXT NOT NULL,
      evidence TEXT NOT NULL CHECK (json_valid(evidence)),
      PRIMARY KEY (review_id, submission_id, rule),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;

    -- The coordinator's overrides, every one kept: the newest per rule counts, older ones stay as
    -- history (shown as overridden, never erased); each is also in the audit log.
    CREATE TABLE formal_check_overrides (
      seq INTEGER PRIMARY KEY,
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      rule TEXT NOT NULL,
      result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'warn')),
      -- The automatic result it replaced, as the run had it then.
      overridden TEXT NOT NULL CHECK (overridden IN ('pass', 'fail', 'warn')),
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      at TEXT NOT NULL,
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX formal_check_overrides_by_rule ON formal_check_overrides(review_id, submission_id, rule, seq);
    CREATE TRIGGER formal_check_overrides_append_only BEFORE UPDATE ON formal_check_overrides
    BEGIN
      SELECT RAISE(ABORT, 'a formal-check override is never changed: add a newer one');
    END;

    -- 材料审核: the coordinator's (or a sub-panel's) conclusion per application, with its reason.
    CREATE TABLE material_conclusions (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      conclusion TEXT NOT NULL CHECK (conclusion IN ('pass', 'supplement', 'reject')),
      reason TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (review_id, submission_id),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;
  `,
};
