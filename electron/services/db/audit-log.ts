import type { Database } from 'better-sqlite3';
import { AUDIT_GENESIS, auditRowHash } from '../../../shared/audit/audit-chain.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';

/** One row of the audit log as read back. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

const genesis = AUDIT_GENESIS;

// One definition of the hash (shared/audit/audit-chain.ts), so an exported log is checked by the same rule it was written with.
function entryHash(prevHash: string, at: string, action: string, subject: string, detail: string): string {
  return auditRowHash(nodeCrypto, { prevHash, at, action, subject, detail });
}

/** Appends an event (import, signature, merge, override …) chained to the previous row's hash. */
export function appendAudit(db: Database, action: string, subject: string, detail: unknown = {}, at = new Date().toISOString()): AuditEntry {
  return db.transaction(() => {
    const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
    const prevHash = last?.hash ?? genesis;
    const detailJson = JSON.stringify(detail);
    const hash = entryHash(prevHash, at, action, subject, detailJson);
    const info = db
      .prepare('INSERT INTO audit_log (at, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(at, action, subject, detailJson, prevHash, hash);
    return { seq: Number(info.lastInsertRowid), at, action, subject, detail, prevHash, hash };
  })();
}

/** Recomputes the chain; returns the first row whose hash or link is wrong, or null if intact. */
export function findBrokenAuditEntry(db: Database): number | null {
  const rows = db.prepare('SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as IterableIterator<{
    seq: number; at: string; action: string; subject: string; detail: string; prev_hash: string; hash: string;
  }>;
  let expectedPrev = genesis;
  for (const row of rows) {
    if (row.prev_hash !== expectedPrev || entryHash(row.prev_hash, row.at, row.action, row.subject, row.detail) !== row.hash) {
      return row.seq;
    }
    expectedPrev = row.hash;
  }
  return null;
}
