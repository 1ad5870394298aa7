import type { Database } from 'better-sqlite3';
import { auditJsonLines } from '../../../shared/audit/audit-lines.ts';
import { appendAudit } from '../db/audit-log.ts';
import { findAuditBreak } from '../../../shared/audit/audit-chain.ts';
import type { CryptoPort } from '../../../shared/crypto/crypto-port.ts';
import { auditQuerySchema, auditTimeBounds, type AuditChain, type AuditPage, type AuditQuery } from '../../../shared/domain/audit-view.ts';
import { auditKindCounts, auditRows, queryAuditRows } from './audit-repository.ts';
import { auditXlsx } from './audit-xlsx.ts';

/**
 * The whole audit log exported, as JSON lines (pingshen.audit/1, what `pingshen audit verify`
 * checks) or as an xlsx sheet to read. The export itself is then audited (`audit.exported`, with
 * the last hash exported, to compare a copy against).
 */
export async function exportAuditLog(db: Database, format: 'jsonl' | 'xlsx', now = new Date()): Promise<{ fileName: string; bytes: Uint8Array; rows: number; lastHash: string | null }> {
  const rows = [...auditRows(db)];
  const stamp = now.toISOString().slice(0, 10);
  const bytes = format === 'jsonl' ? new TextEncoder().encode(auditJsonLines(rows)) : await auditXlsx(rows, `评审台审计日志（导出于 ${now.toISOString()}）`);
  const lastHash = rows.at(-1)?.hash ?? null;
  appendAudit(db, 'audit.exported', 'audit_log', { format, rows: rows.length, lastHash });
  return { fileName: `pingshen-audit-${stamp}.${format === 'jsonl' ? 'jsonl' : 'xlsx'}`, bytes, rows: rows.length, lastHash };
}

/** A page of the audit log for the screen, newest first, with the kinds the whole log holds. */
export function auditPage(db: Database, query: AuditQuery): AuditPage {
  const { reviewId, kind, text, from, to, offset, limit } = auditQuerySchema.parse(query);
  const bounds = auditTimeBounds(from, to);
  const { rows, total } = queryAuditRows(db, { reviewId: reviewId ?? null, kind: kind ?? null, text: text?.trim() ?? '', from: bounds.from, to: bounds.to }, offset, limit);
  return {
    entries: rows.map((r) => ({ seq: r.seq, at: r.at, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) as Record<string, unknown>, hash: r.hash })),
    total,
    kinds: auditKindCounts(db),
  };
}

/** The hash chain of the whole log checked, as `pingshen audit verify` checks an exported copy. */
export function verifyAuditChain(db: Database, crypto: CryptoPort): AuditChain {
  const rows = [...auditRows(db)];
  const broken = findAuditBreak(crypto, rows);
  return { rows: rows.length, lastHash: rows.at(-1)?.hash ?? null, broken: broken && { seq: broken.seq, reason: broken.reason, message: broken.message } };
}
