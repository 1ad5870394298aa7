import type { Database } from 'better-sqlite3';

/** Tables keyed by document, not by review: backed up for the documents a review uses. */
export const documentTables = ['documents', 'document_texts', 'document_text_pages', 'document_view_state'] as const;

/** The columns of a table as the current schema has them. */
export function columnsOf(db: Database, table: string): string[] {
  return (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
}

/** The review's own table and every table with a review_id column, found from the schema (tables added later are covered). */
export function reviewTables(db: Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string }[];
  return ['reviews', ...tables.map((t) => t.name).filter((name) => name !== 'reviews' && columnsOf(db, name).includes('review_id'))];
}
