import type { CryptoPort } from '../crypto/crypto-port.ts';
import { toHex } from '../crypto/hex.ts';
import { utf8 } from '../crypto/utf8.ts';

/** The hash that starts the chain: the "previous row" of the first row. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** One row of the audit log as stored and exported: `detail` is the exact JSON text that was hashed. */
export interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: string;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * A row's hash: SHA-256 over the previous row's hash, then at, action, subject and detail, each as
 * UTF-8 preceded by its byte length and a colon, so no two different rows hash the same by moving
 * a separator. Lowercase hex.
 */
export function auditRowHash(crypto: CryptoPort, row: Omit<AuditRow, 'seq' | 'hash'>): string {
  const parts = [row.prevHash, row.at, row.action, row.subject, row.detail].flatMap((part) => {
    const bytes = utf8(part);
    return [utf8(`${String(bytes.length)}:`), bytes];
  });
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  return toHex(crypto.sha256(all));
}

/** Where a chain breaks: the row (its position, 1-based, and its seq) and why. */
export interface AuditBreak {
  readonly index: number;
  readonly seq: number;
  readonly reason: 'edited' | 'link' | 'order';
  readonly message: string;
}

/**
 * Checks a chain of rows in order: each row's hash must be its own content's (else it was edited),
 * must link to the row before (else a row before it was deleted, inserted or moved), and seq must
 * rise. Returns the first break, or null when the chain is whole. A chain cut short at its end is
 * whole: compare its last hash with the one the app shows to know it is complete.
 */
export function findAuditBreak(crypto: CryptoPort, rows: readonly AuditRow[], first = AUDIT_GENESIS): AuditBreak | null {
  let prevHash = first;
  let prevSeq = -Infinity;
  for (const [i, row] of rows.entries()) {
    const at = { index: i + 1, seq: row.seq };
    if (auditRowHash(crypto, row) !== row.hash) {
      return { ...at, reason: 'edited', message: `第 ${String(i + 1)} 行（序号 ${String(row.seq)}）的内容与其摘要不符：该行在记录后被改动过` };
    }
    if (row.seq <= prevSeq) {
      return { ...at, reason: 'order', message: `第 ${String(i + 1)} 行（序号 ${String(row.seq)}）排在序号 ${String(prevSeq)} 之后：行的顺序被改动过` };
    }
    if (row.prevHash !== prevHash) {
      return { ...at, reason: 'link', message: `第 ${String(i + 1)} 行（序号 ${String(row.seq)}）没有接上前一行的摘要：其前有行被删除、插入或调换` };
    }
    prevHash = row.hash;
    prevSeq = row.seq;
  }
  return null;
}
