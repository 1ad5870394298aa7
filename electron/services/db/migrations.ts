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
  {
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
  },
  {
    version: 7,
    name: 'review packages issued and imported',
    sql: `
      -- Every package a coordinator issued (full or per expert) and every package an expert imported,
      -- by digest: a score sheet names the package it was scored from, and a merge checks that name.
      -- The manifest is kept verbatim (its JCS bytes): the roster, assignments and conflicts it carried
      -- stay readable, and its digest can be recomputed from it.
      CREATE TABLE review_packages (
        digest TEXT PRIMARY KEY CHECK (length(digest) = 64),
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('issued', 'imported')),
        -- The expert a per-expert package was made for; NULL for a full package.
        preset_expert_id TEXT,
        -- On import: which roster entry this profile scores as.
        local_expert_id TEXT,
        coordinator_name TEXT NOT NULL,
        coordinator_public_key TEXT NOT NULL,
        coordinator_fingerprint TEXT NOT NULL,
        manifest TEXT NOT NULL CHECK (json_valid(manifest)),
        created_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      -- A profile holds at most one imported package per review: a second, different one is refused.
      CREATE UNIQUE INDEX review_packages_one_import ON review_packages(review_id) WHERE direction = 'imported';
      CREATE INDEX review_packages_by_review ON review_packages(review_id);
    `,
  },
  {
    version: 8,
    name: 'identity profile, expert roster, assignments, coordinator-known conflicts, signed score sheets',
    sql: `
      -- The name and organisation this profile signs with (key cards, packages, the demo review's sheets).
      -- The key pair itself lives in identity.json, sealed; it is never in the database.
      CREATE TABLE identity_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Coordinator: the experts of a review (专家名单), each with the public key of a verified key card once enrolled.
      CREATE TABLE roster_experts (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        public_key TEXT,
        key_card TEXT CHECK (key_card IS NULL OR json_valid(key_card)),
        enrolled_at TEXT,
        PRIMARY KEY (review_id, id),
        CHECK ((public_key IS NULL) = (enrolled_at IS NULL))
      ) STRICT;
      -- One key, one expert within a review: a sheet names its expert, the key proves it.
      CREATE UNIQUE INDEX roster_experts_one_key ON roster_experts(review_id, public_key) WHERE public_key IS NOT NULL;
      CREATE TABLE roster_assignments (
        review_id TEXT NOT NULL,
        expert_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        PRIMARY KEY (review_id, expert_id, submission_id),
        FOREIGN KEY (review_id, expert_id) REFERENCES roster_experts(review_id, id) ON DELETE CASCADE,
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;
      -- Conflicts of interest (回避) the coordinator knows of before the meeting; they travel in the package.
      CREATE TABLE roster_conflicts (
        review_id TEXT NOT NULL,
        expert_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        declared_at TEXT NOT NULL,
        PRIMARY KEY (review_id, expert_id, submission_id),
        FOREIGN KEY (review_id, expert_id) REFERENCES roster_experts(review_id, id) ON DELETE CASCADE,
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;

      -- Expert: every signed version of the score sheet, its exact bytes (JCS + newline) kept verbatim.
      -- While the newest version has no amended_at, the review's scoring is locked.
      CREATE TABLE score_sheets (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        expert_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
        supersedes TEXT CHECK (supersedes IS NULL OR length(supersedes) = 64),
        package_digest TEXT NOT NULL CHECK (length(package_digest) = 64),
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        signed_at TEXT NOT NULL,
        -- When the expert chose 修改并重新签名 after this version: scoring unlocked, the next signing is version + 1.
        amended_at TEXT,
        PRIMARY KEY (review_id, expert_id, version),
        CHECK ((version = 1) = (supersedes IS NULL))
      ) STRICT;
      -- A signed version is read-only: only amended_at may ever be set.
      CREATE TRIGGER score_sheets_read_only BEFORE UPDATE OF review_id, expert_id, version, digest, supersedes, package_digest, file_name, bytes, signed_at ON score_sheets
      BEGIN
        SELECT RAISE(ABORT, 'a signed score sheet is read-only');
      END;
    `,
  },
  {
    version: 9,
    name: 'page texts of stored documents, for keyword search',
    sql: `
      -- A document's text, read once by pdf.js in a worker thread: documents are content-addressed,
      -- so a text never goes stale. A row here means the reading ended: done (its pages below) or failed.
      CREATE TABLE document_texts (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('done', 'failed')),
        pages INTEGER CHECK (pages IS NULL OR pages >= 0),
        -- Why the text could not be read (Chinese, shown to the expert); NULL when done.
        error TEXT,
        read_at TEXT NOT NULL,
        CHECK ((state = 'done') = (error IS NULL)),
        CHECK (state = 'failed' OR pages IS NOT NULL)
      ) STRICT;
      CREATE TABLE document_text_pages (
        document_id TEXT NOT NULL REFERENCES document_texts(document_id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        text TEXT NOT NULL,
        PRIMARY KEY (document_id, page)
      ) STRICT;
    `,
  },
  {
    version: 10,
    name: 'a package issued and imported by the same profile',
    sql: `
      -- One computer may hold both roles: the coordinator issues a package (digest D) and, as an expert,
      -- imports that same package into a copy of its own. So a digest is recorded once per direction,
      -- and review_id is the local review the record belongs to (the manifest keeps the package's id).
      CREATE TABLE review_packages_v10 (
        digest TEXT NOT NULL CHECK (length(digest) = 64),
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('issued', 'imported')),
        preset_expert_id TEXT,
        local_expert_id TEXT,
        coordinator_name TEXT NOT NULL,
        coordinator_public_key TEXT NOT NULL,
        coordinator_fingerprint TEXT NOT NULL,
        manifest TEXT NOT NULL CHECK (json_valid(manifest)),
        created_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (digest, direction)
      ) STRICT;
      INSERT INTO review_packages_v10 SELECT digest, review_id, direction, preset_expert_id, local_expert_id, coordinator_name,
        coordinator_public_key, coordinator_fingerprint, manifest, created_at, recorded_at FROM review_packages;
      DROP TABLE review_packages;
      ALTER TABLE review_packages_v10 RENAME TO review_packages;
      CREATE UNIQUE INDEX review_packages_one_import ON review_packages(review_id) WHERE direction = 'imported';
      CREATE INDEX review_packages_by_review ON review_packages(review_id);
    `,
  },
];

/** The schema version this build of the app writes. */
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
