import type { Migration } from './migration.ts';

/** Migration 15: a review put away by the coordinator (archived), kept but listed apart. */
export const migration015: Migration = {
  version: 15,
  name: 'a review archived',
  sql: `
    -- When the coordinator archived the review; NULL while it is in use. Archiving changes nothing
    -- else: the review opens read as before, and un-archiving is audited like archiving.
    ALTER TABLE reviews ADD COLUMN archived_at TEXT;
  `,
};
