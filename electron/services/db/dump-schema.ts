import type { Database } from 'better-sqlite3';

/**
 * The schema of a database as SQLite keeps it (tables, indexes, triggers; SQLite's own left out),
 * one statement each, in a stable order: what docs/schema.sql shows a reader of the code.
 */
export function dumpSchema(db: Database): string {
  const rows = db
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, tbl_name, name")
    .all() as { sql: string }[];
  return rows.map((r) => `${r.sql};\n`).join('\n');
}
