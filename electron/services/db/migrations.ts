/** One numbered schema step. Never edit a released migration: add the next one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The profile database's schema, version by version. `PRAGMA user_version` records the last one
 * applied; each runs in its own transaction, so a crash leaves the previous version intact.
 */
export const migrations: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'append-only audit log with a hash chain',
    sql: `
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL CHECK (json_valid(detail)),
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      -- Append-only: history is evidence, so the database itself refuses edits and deletions.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
  {
    version: 3,
    name: 'program library with versions; reviews pin a program version',
    sql: `
      -- Every saved version of a program is kept: a review pins (program_id, program_version),
      -- and a version a review uses is never rewritten (a change makes the next version).
      CREATE TABLE programs (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        title TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;
      ALTER TABLE reviews ADD COLUMN program_id TEXT;
      ALTER TABLE reviews ADD COLUMN program_version INTEGER;
      CREATE INDEX reviews_by_program ON reviews(program_id, program_version);
    `,
  },
  {
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
  },
  {
    version: 5,
    name: 'reader view state per document',
    sql: `
      -- Where the reader left each document (page, zoom, rotation), restored on the next opening.
      CREATE TABLE document_view_state (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        zoom TEXT NOT NULL,
        rotation INTEGER NOT NULL CHECK (rotation IN (0, 90, 180, 270)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];

/** The schema version this build of the app writes. */
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
