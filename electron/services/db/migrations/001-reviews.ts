import type { Migration } from './migration.ts';

/** Migration 1: reviews, fields, submissions, settings. */
export const migration001: Migration = {
  version: 1,
  name: 'reviews, fields, submissions, settings',
  sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        program_title TEXT NOT NULL,
        document_number TEXT NOT NULL,
        deadline TEXT NOT NULL,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE review_fields (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        lead_institutions TEXT NOT NULL CHECK (json_valid(lead_institutions)),
        quota INTEGER NOT NULL CHECK (quota >= 0),
        PRIMARY KEY (review_id, id)
      ) STRICT;

      CREATE TABLE submissions (
        review_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        field_id TEXT NOT NULL,
        applicant TEXT NOT NULL,
        partners TEXT NOT NULL CHECK (json_valid(partners)),
        title TEXT NOT NULL,
        applicant_type TEXT NOT NULL,
        PRIMARY KEY (review_id, id),
        FOREIGN KEY (review_id, field_id) REFERENCES review_fields(review_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX submissions_by_field ON submissions(review_id, field_id);
    `,
};
