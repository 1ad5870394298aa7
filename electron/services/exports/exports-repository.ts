import type { Database } from 'better-sqlite3';

/** Every document of a review's applications: its id (SHA-256) → its title, for the cited pages. */
export function documentTitlesOfReview(db: Database, reviewId: string): Map<string, string> {
  const rows = db.prepare('SELECT document_id, title FROM submission_documents WHERE review_id = ? ORDER BY submission_id, position').all(reviewId) as { document_id: string; title: string }[];
  const titles = new Map<string, string>();
  for (const r of rows) if (!titles.has(r.document_id)) titles.set(r.document_id, r.title);
  return titles;
}

/** The latest signed result of a review, as its audit entry recorded it (digest and when), or null if none was signed. */
export function lastSignedResult(db: Database, reviewId: string): { digest: string; signedAt: string } | null {
  const row = db
    .prepare("SELECT at, json_extract(detail, '$.digest') AS digest FROM audit_log WHERE action = 'merge.result-signed' AND subject = ? ORDER BY seq DESC LIMIT 1")
    .get(reviewId) as { at: string; digest: string | null } | undefined;
  return row && typeof row.digest === 'string' ? { digest: row.digest, signedAt: row.at } : null;
}
