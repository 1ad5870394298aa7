import type { Migration } from './migration.ts';

/** Migration 3: program library with versions; reviews pin a program version. */
export const migration003: Migration = {
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
};
