import type { Migration } from './migration.ts';

/** Migration 9: page texts of stored documents, for keyword search. */
export const migration009: Migration = {
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
};
