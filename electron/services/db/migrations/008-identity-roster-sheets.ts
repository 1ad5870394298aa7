import type { Migration } from './migration.ts';

/** Migration 8: identity profile, expert roster, assignments, coordinator-known conflicts, signed score sheets. */
export const migration008: Migration = {
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
};
