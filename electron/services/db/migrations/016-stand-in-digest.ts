import type { Migration } from './migration.ts';

/** Migration 16: the digest a review's sheets name when no package was imported (the demo's stand-in). */
export const migration016: Migration = {
  version: 16,
  name: 'stand-in digest of a review signed without a package',
  sql: `
    -- A review this profile's own identity signs score sheets for without an imported package (the
    -- built-in demo): the digest its sheets name in the package's place, recorded when the review is
    -- added, so the signer treats it like any review and needs no special case. NULL: a package is needed.
    ALTER TABLE reviews ADD COLUMN stand_in_digest TEXT CHECK (stand_in_digest IS NULL OR length(stand_in_digest) = 64);
  `,
};
