import type { Migration } from './migration.ts';

/** Migration 19: the coordinator's intake: each file's facts as received, 汇总表 rows, aliases, 补正 versions. */
export const migration019: Migration = {
  version: 19,
  name: "the coordinator's intake of the applicants' bundles",
  sql: `
    -- The stamped PDF of the 汇总表 is a role of its own (the formal check asks for it apart from the
    -- 申报书's): SQLite cannot change a CHECK in place, so the table is rebuilt with its rows.
    CREATE TABLE submission_documents_v14 (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      document_id TEXT NOT NULL REFERENCES documents(id),
      position INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('application', 'stamped', 'summary', 'summary-stamped', 'evidence', 'other')),
      title TEXT NOT NULL,
      file_name TEXT NOT NULL,
      PRIMARY KEY (review_id, submission_id, document_id),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;
    INSERT INTO submission_documents_v14 SELECT review_id, submission_id, document_id, position, role, title, file_name FROM submission_documents;
    DROP TABLE submission_documents;
    ALTER TABLE submission_documents_v14 RENAME TO submission_documents;

    -- One committed import (导入批次) into a review: the first, then each 补正. Its number orders versions.
    CREATE TABLE intake_batches (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      batch INTEGER NOT NULL CHECK (batch >= 1),
      committed_at TEXT NOT NULL,
      sources TEXT NOT NULL CHECK (json_valid(sources)),
      PRIMARY KEY (review_id, batch)
    ) STRICT;

    -- What the intake learnt of each file an applicant sent, in the batch that brought it. A file a
    -- later batch replaced keeps its row (and its bytes in the store) with replaced_in set: the history.
    CREATE TABLE intake_files (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      batch INTEGER NOT NULL,
      source_path TEXT NOT NULL,
      document_id TEXT NOT NULL REFERENCES documents(id),
      file_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('application', 'stamped', 'summary', 'summary-stamped', 'evidence', 'other')),
      role_reason TEXT NOT NULL,
      kind TEXT NOT NULL,
      readability TEXT NOT NULL CHECK (readability IN ('ok', 'encrypted', 'broken', 'empty', 'wrong-kind')),
      received_at TEXT NOT NULL,
      received_at_source TEXT NOT NULL CHECK (received_at_source IN ('file-time', 'zip-entry-time', 'set-by-hand')),
      page_count INTEGER CHECK (page_count IS NULL OR page_count >= 0),
      image_only_pages INTEGER CHECK (image_only_pages IS NULL OR image_only_pages >= 0),
      red_seal INTEGER CHECK (red_seal IS NULL OR red_seal IN (0, 1)),
      replaced_in INTEGER,
      PRIMARY KEY (review_id, submission_id, batch, source_path),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE,
      FOREIGN KEY (review_id, batch) REFERENCES intake_batches(review_id, batch)
    ) STRICT;
    CREATE INDEX intake_files_current ON intake_files(review_id, submission_id) WHERE replaced_in IS NULL;

    -- The 汇总表 rows matched to an application, as read (SummaryRowFacts without the ids, as JSON).
    CREATE TABLE intake_summary_rows (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      document_id TEXT NOT NULL REFERENCES documents(id),
      sheet_name TEXT NOT NULL,
      row_number INTEGER NOT NULL CHECK (row_number >= 1),
      batch INTEGER NOT NULL,
      facts TEXT NOT NULL CHECK (json_valid(facts)),
      replaced_in INTEGER,
      PRIMARY KEY (review_id, submission_id, document_id, sheet_name, row_number),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;

    -- The coordinator's alias table of a review (简称 → 全称), e.g. 安徽职院 → 安徽职业技术学院.
    CREATE TABLE intake_aliases (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      alias TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 200),
      full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
      PRIMARY KEY (review_id, alias)
    ) STRICT;
  `,
};
