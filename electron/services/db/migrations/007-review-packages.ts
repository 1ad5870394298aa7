import type { Migration } from './migration.ts';

/** Migration 7: review packages issued and imported. */
export const migration007: Migration = {
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
};
