import type { Database } from 'better-sqlite3';
import type { AuditRow } from '../../../shared/audit/audit-chain.ts';

/** Every row of the audit log in order, as stored (detail as its JSON text). Iterated, not loaded at once. */
export function* auditRows(db: Database): Generator<AuditRow> {
  const rows = db.prepare('SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as IterableIterator<{
    seq: number; at: string; action: string; subject: string; detail: string; prev_hash: string; hash: string;
  }>;
  for (const r of rows) yield { seq: r.seq, at: r.at, action: r.action, subject: r.subject, detail: r.detail, prevHash: r.prev_hash, hash: r.hash };
}

/** The filters of an audit-log page, resolved: UTC bounds, a kind, a review, text. */
export interface AuditFilter {
  readonly reviewId: string | null;
  readonly kind: string | null;
  readonly text: string;
  readonly from: string | null;
  readonly to: string | null;
}

// LIKE with the user's text taken literally: % and _ escaped.
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(filter: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const where = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  // A review's rows: those about it, and those about one of its parts (`<review>/<expert>`, …).
  if (filter.reviewId) where("(subject = ? OR subject LIKE ? ESCAPE '\\')", filter.reviewId, `${filter.reviewId.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`);
  if (filter.kind) where("(action = ? OR action LIKE ? ESCAPE '\\')", filter.kind, `${filter.kind.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`);
  if (filter.from) where('at >= ?', filter.from);
  if (filter.to) where('at < ?', filter.to);
  if (filter.text) {
    const like = likeOf(filter.text);
    where("(action LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' OR detail LIKE ? ESCAPE '\\')", like, like, like);
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** A page of matching rows, newest first, and how many match in all. */
export function queryAuditRows(db: Database, filter: AuditFilter, offset: number, limit: number): { rows: AuditRow[]; total: number } {
  const { sql, params } = whereOf(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${sql}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ${sql} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as {
    seq: number; at: string; action: string; subject: string; detail: string; prev_hash: string; hash: string;
  }[];
  return { total, rows: rows.map((r) => ({ seq: r.seq, at: r.at, action: r.action, subject: r.subject, detail: r.detail, prevHash: r.prev_hash, hash: r.hash })) };
}

/** How many rows each action kind (the part before the dot) has in the whole log, by kind. */
export function auditKindCounts(db: Database): { kind: string; count: number }[] {
  return db
    .prepare("SELECT CASE WHEN instr(action, '.') > 0 THEN substr(action, 1, instr(action, '.') - 1) ELSE action END AS kind, count(*) AS count FROM audit_log GROUP BY kind ORDER BY kind")
    .all() as { kind: string; count: number }[];
}
