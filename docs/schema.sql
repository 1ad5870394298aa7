-- The profile database's schema after migration 23, as SQLite keeps it.
-- Written from the migrations (electron/services/db/migrations/); never edit by hand:
-- PINGSHEN_WRITE_SCHEMA=1 npx vitest run tests/integration/services/db/database.test.ts

CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL CHECK (json_valid(detail)),
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;

CREATE TABLE conflicts (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        declared_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;

CREATE TABLE document_text_pages (
        document_id TEXT NOT NULL REFERENCES document_texts(document_id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        text TEXT NOT NULL,
        PRIMARY KEY (document_id, page)
      ) STRICT;

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

CREATE TABLE document_view_state (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        zoom TEXT NOT NULL,
        rotation INTEGER NOT NULL CHECK (rotation IN (0, 90, 180, 270)),
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE documents (
        id TEXT PRIMARY KEY CHECK (length(id) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        media_type TEXT NOT NULL,
        pages INTEGER CHECK (pages IS NULL OR pages >= 0),
        created_at TEXT NOT NULL
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

CREATE TABLE formal_check_runs (
      review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
      ran_at TEXT NOT NULL,
      program_id TEXT NOT NULL,
      program_version INTEGER NOT NULL
    ) STRICT;

CREATE TABLE identity_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE intake_aliases (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      alias TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 200),
      full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
      PRIMARY KEY (review_id, alias)
    ) STRICT;

CREATE TABLE intake_batches (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      batch INTEGER NOT NULL CHECK (batch >= 1),
      committed_at TEXT NOT NULL,
      sources TEXT NOT NULL CHECK (json_valid(sources)),
      PRIMARY KEY (review_id, batch)
    ) STRICT;

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

CREATE TABLE material_conclusions (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      conclusion TEXT NOT NULL CHECK (conclusion IN ('pass', 'supplement', 'reject')),
      reason TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (review_id, submission_id),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;

CREATE TABLE merge_confirmed_keys (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      expert_id TEXT NOT NULL,
      public_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      confirmed_at TEXT NOT NULL,
      PRIMARY KEY (review_id, expert_id, public_key)
    ) STRICT;

CREATE TABLE merge_decisions (
      review_id TEXT NOT NULL,
      submission_id TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('recommend', 'reserve', 'reject')),
      reason TEXT NOT NULL DEFAULT '',
      decided_at TEXT NOT NULL,
      PRIMARY KEY (review_id, submission_id),
      FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
    ) STRICT;

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

CREATE TABLE merge_finals (
      review_id TEXT NOT NULL,
      field_id TEXT NOT NULL,
      finalized_at TEXT NOT NULL,
      PRIMARY KEY (review_id, field_id),
      FOREIGN KEY (review_id, field_id) REFERENCES review_fields(review_id, id) ON DELETE CASCADE
    ) STRICT;

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

CREATE TABLE overall_comments (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        comment TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id),
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;

CREATE TABLE page_visits (
        review_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        document_id TEXT NOT NULL,
        page INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        PRIMARY KEY (review_id, submission_id, document_id, page)
      ) STRICT;

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

CREATE TABLE received_sheets (
      review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
      digest TEXT NOT NULL CHECK (length(digest) = 64),
      expert_id TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      -- The name the file had when received, shown in messages; never used as a path.
      file_name TEXT NOT NULL,
      bytes BLOB NOT NULL,
      fingerprint TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (review_id, digest)
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

CREATE TABLE review_merge_settings (
      review_id TEXT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
      rule TEXT NOT NULL CHECK (rule IN ('mean', 'trimmed-mean', 'median')),
      trim_on TEXT NOT NULL CHECK (trim_on IN ('totals', 'criteria')),
      updated_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE "review_packages" (
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

CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        program_title TEXT NOT NULL,
        document_number TEXT NOT NULL,
        deadline TEXT NOT NULL,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_at TEXT NOT NULL
      , program_id TEXT, program_version INTEGER, archived_at TEXT, stand_in_digest TEXT CHECK (stand_in_digest IS NULL OR length(stand_in_digest) = 64), stage TEXT NOT NULL DEFAULT 'formal-check'
      CHECK (stage IN ('formal-check', 'material-review', 'expert-review', 'summary', 'done')), organisation TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE roster_assignments (
        review_id TEXT NOT NULL,
        expert_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        PRIMARY KEY (review_id, expert_id, submission_id),
        FOREIGN KEY (review_id, expert_id) REFERENCES roster_experts(review_id, id) ON DELETE CASCADE,
        FOREIGN KEY (review_id, submission_id) REFERENCES submissions(review_id, id) ON DELETE CASCADE
      ) STRICT;

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

CREATE TABLE roster_experts (
        review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        public_key TEXT,
        key_card TEXT CHECK (key_card IS NULL OR json_valid(key_card)),
        enrolled_at TEXT, title TEXT NOT NULL DEFAULT '', expertise TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', panel TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(panel)),
        PRIMARY KEY (review_id, id),
        CHECK ((public_key IS NULL) = (enrolled_at IS NULL))
      ) STRICT;

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

CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

CREATE TABLE "submission_documents" (
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

CREATE TABLE submissions (
        review_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        field_id TEXT NOT NULL,
        applicant TEXT NOT NULL,
        partners TEXT NOT NULL CHECK (json_valid(partners)),
        title TEXT NOT NULL,
        applicant_type TEXT NOT NULL, figures TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(figures)),
        PRIMARY KEY (review_id, id),
        FOREIGN KEY (review_id, field_id) REFERENCES review_fields(review_id, id) ON DELETE CASCADE
      ) STRICT;

CREATE INDEX evidence_by_submission ON evidence(review_id, submission_id);

CREATE INDEX formal_check_overrides_by_rule ON formal_check_overrides(review_id, submission_id, rule, seq);

CREATE INDEX intake_files_current ON intake_files(review_id, submission_id) WHERE replaced_in IS NULL;

CREATE INDEX received_sheets_by_expert ON received_sheets(review_id, expert_id, version);

CREATE INDEX review_packages_by_review ON review_packages(review_id);

CREATE UNIQUE INDEX review_packages_one_import ON review_packages(review_id) WHERE direction = 'imported';

CREATE INDEX reviews_by_program ON reviews(program_id, program_version);

CREATE UNIQUE INDEX roster_experts_one_key ON roster_experts(review_id, public_key) WHERE public_key IS NOT NULL;

CREATE INDEX submissions_by_field ON submissions(review_id, field_id);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER formal_check_overrides_append_only BEFORE UPDATE ON formal_check_overrides
    BEGIN
      SELECT RAISE(ABORT, 'a formal-check override is never changed: add a newer one');
    END;

CREATE TRIGGER received_sheets_read_only BEFORE UPDATE ON received_sheets
    BEGIN
      SELECT RAISE(ABORT, 'a received score sheet is read-only');
    END;

CREATE TRIGGER score_sheets_read_only BEFORE UPDATE OF review_id, expert_id, version, digest, supersedes, package_digest, file_name, bytes, signed_at ON score_sheets
      BEGIN
        SELECT RAISE(ABORT, 'a signed score sheet is read-only');
      END;
