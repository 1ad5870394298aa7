import type { Migration } from './migration.ts';

/** Migration 10: a package issued and imported by the same profile. */
export const migration010: Migration = {
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
};
