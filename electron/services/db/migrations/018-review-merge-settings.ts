import type { Migration } from './migration.ts';

/** Migration 18: a review's own choice of ranking rule and where the trimmed mean trims. */
export const migration018: Migration = {
  version: 18,
  name: "a review's merge settings",
  sql: `
    -- Coordinator: how this review merges, where it departs from its program: the rule that ranks
    -- and whether the trimmed mean drops the highest and lowest totals or each criterion's scores.
    -- No row: the program's rule, trimming on the totals. Every change is audited.
    CREATE TABLE review_merge_settings (
      review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
      rule TEXT NOT NULL CHECK (rule IN ('mean', 'trimmed-mean', 'median')),
      trim_on TEXT NOT NULL CHECK (trim_on IN ('totals', 'criteria')),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
