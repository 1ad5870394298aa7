import type { Migration } from './migration.ts';

/** Migration 5: reader view state per document. */
export const migration005: Migration = {
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
};
