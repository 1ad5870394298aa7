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

// Every table that names a document by id, the document-keyed tables themselves aside (found from the schema).
function documentNamingTables(db: Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string }[];
  const own: ReadonlySet<string> = new Set(documentTables);
  return tables.map((t) => t.name).filter((name) => !own.has(name) && columnsOf(db, name).includes('document_id'));
}

/**
 * The id of every document a review names in any of its tables: the current files, and also a 补正's
 * replaced files (intake_files keeps them as history), the 汇总表 its rows were read from, evidence links.
 */
export function reviewDocumentIds(db: Database, reviewId: string): string[] {
  const selects = documentNamingTables(db).filter((t) => columnsOf(db, t).includes('review_id')).map((t) => `SELECT document_id AS id FROM "${t}" WHERE review_id = @reviewId`);
  if (selects.length === 0) return [];
  return (db.prepare(`${selects.join(' UNION ')} ORDER BY id`).all({ reviewId }) as { id: string }[]).map((r) => r.id);
}

/** Of `documentIds`, those no row of any review (nor any table outside the document-keyed ones) still names: the schema read and the query prepared once for them all. */
export function unusedDocuments(db: Database, documentIds: readonly string[]): string[] {
  const selects = documentNamingTables(db).map((t) => `SELECT 1 FROM "${t}" WHERE document_id = @id`);
  if (selects.length === 0) return [...documentIds];
  const named = db.prepare(`${selects.join(' UNION ALL ')} LIMIT 1`);
  return documentIds.filter((id) => named.get({ id }) === undefined);
}
