import type { Database } from 'better-sqlite3';
import { auditJsonLines } from '../../../shared/audit/audit-lines.ts';
import { appendAudit } from '../db/audit-log.ts';
import { auditRows } from './audit-repository.ts';
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
