import type { Database } from 'better-sqlite3';
import type { ViewState } from '../../../shared/domain/document.ts';

/** Where the reader left a document, or null the first time. */
export function readViewState(db: Database, documentId: string): ViewState | null {
  const row = db.prepare('SELECT page, zoom, rotation FROM document_view_state WHERE document_id = ?').get(documentId) as ViewState | undefined;
  return row ? { page: row.page, zoom: row.zoom, rotation: row.rotation } : null;
}

/** Remembers where the reader is in a document; false when the profile has no such document. */
export function saveViewState(db: Database, documentId: string, state: ViewState, now = new Date().toISOString()): boolean {
  const known = db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId);
  if (!known) return false;
  db.prepare(
    `INSERT INTO document_view_state (document_id, page, zoom, rotation, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET page = excluded.page, zoom = excluded.zoom, rotation = excluded.rotation, updated_at = excluded.updated_at`,
  ).run(documentId, state.page, state.zoom, state.rotation, now);
  return true;
}
