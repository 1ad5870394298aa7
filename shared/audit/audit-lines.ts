import type { AuditRow } from './audit-chain.ts';

/** The format tag on every exported line. */
export const AUDIT_LINE_FORMAT = 'pingshen.audit/1';

/** The audit log as JSON lines: one row per line, `detail` kept as the exact text that was hashed. */
export function auditJsonLines(rows: Iterable<AuditRow>): string {
  let out = '';
  for (const r of rows) out += `${JSON.stringify({ format: AUDIT_LINE_FORMAT, seq: r.seq, at: r.at, action: r.action, subject: r.subject, detail: r.detail, prevHash: r.prevHash, hash: r.hash })}\n`;
  return out;
}

/** Rows read back from JSON lines, or the first line that is not one (1-based) and why. */
export type ParsedAuditLines = { readonly ok: true; readonly rows: AuditRow[] } | { readonly ok: false; readonly line: number; readonly message: string };

const isText = (v: unknown): v is string => typeof v === 'string';

/** Reads exported JSON lines (blank lines ignored); each must be a pingshen.audit/1 row with every field. */
export function parseAuditJsonLines(text: string): ParsedAuditLines {
  const rows: AuditRow[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return { ok: false, line: i + 1, message: `第 ${String(i + 1)} 行不是有效的 JSON` };
    }
    const r = raw as Record<string, unknown>;
    if (r === null || typeof r !== 'object' || r.format !== AUDIT_LINE_FORMAT) return { ok: false, line: i + 1, message: `第 ${String(i + 1)} 行不是审计日志行（format 须为 ${AUDIT_LINE_FORMAT}）` };
    if (!Number.isSafeInteger(r.seq) || ![r.at, r.action, r.subject, r.detail, r.prevHash, r.hash].every(isText)) {
      return { ok: false, line: i + 1, message: `第 ${String(i + 1)} 行缺少字段或字段类型不对（seq、at、action、subject、detail、prevHash、hash）` };
    }
    rows.push({ seq: r.seq as number, at: r.at as string, action: r.action as string, subject: r.subject as string, detail: r.detail as string, prevHash: r.prevHash as string, hash: r.hash as string });
  }
  return { ok: true, rows };
}
