import type { Migration } from './migration.ts';

/** Migration 4: documents in the content-addressed store, linked to submissions. */
export const migration004: Migration = {
  version: 4,
  name: 'documents in the content-addressed store, linked to submissions',
  sql: `
      -- A document is known by the SHA-256 of its bytes (its file lives in blobs/sha256/…).
      CREATE TABLE documents (
        id TEXT PRIMARY KEY CHECK (length(id) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        media_type TEXT NOT NULL,
        pages INTEGER CHECK (pages IS NULL OR pages >= 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE submission_documents (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('application', 'summary', 'evidence', 'stamped', 'other')),
        title TEXT NOT NULL,
        file_name TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id, document_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
    `,
};
