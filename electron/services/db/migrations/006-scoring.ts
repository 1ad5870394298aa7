import type { Migration } from './migration.ts';

/** Migration 6: the expert's scores, comments, marks, evidence, conflicts and reading record. */
export const migration006: Migration = {
  version: 6,
  name: "the expert's scores, comments, marks, evidence, conflicts and reading record",
  sql: `
      -- Committed figures from the applicant's 汇总表, checked against the program's outcome floors.
      ALTER TABLE submissions ADD COLUMN figures TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(figures));

      -- One row per criterion the expert touched; every edit is its own durable transaction.
      CREATE TABLE scores (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        score REAL,
        comment TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id, criterion_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
      -- 达标/不达标 checks and 一票否决 marks.
      CREATE TABLE score_marks (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('check', 'veto')),
        value TEXT NOT NULL CHECK (value IN ('met', 'not-met', 'veto')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id, item_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        page INTEGER NOT NULL CHECK (page >= 1),
        quote TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX evidence_by_submission ON evidence(review_id, submission_id);
      -- 回避: the expert declares a conflict with a reason; scoring that submission is then locked.
      CREATE TABLE conflicts (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        declared_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE TABLE overall_comments (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        comment TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
      -- Which pages the expert has seen, for the consistency review's "never opened" list.
      CREATE TABLE page_visits (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        document_id TEXT NOT NULL,
        page INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id, document_id, page)
      ) STRICT;
    `,
};
