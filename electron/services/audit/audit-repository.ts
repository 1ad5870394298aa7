import type { Database } from 'better-sqlite3';
import type { AuditRow } from '../../../shared/audit/audit-chain.ts';

/** Every row of the audit log in order, as stored (detail as its JSON text). Iterated, not loaded at once. */
export function* auditRows(db: Database): Generator<AuditRow> {
  const rows = db.prepare('SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as IterableIterator<{
    seq: number; at: string; action: string; subject: string; detail: string; prev_hash: string; hash: string;
  }>;
  for (const r of rows) yield { seq: r.seq, at: r.at, action: r.action, subject: r.subject, detail: r.detail, prevHash: r.prev_hash, hash: r.hash };
}
