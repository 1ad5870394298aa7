import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';

/** `pingshen audit verify FILE [--json]`: checks an exported audit log's hash chain and names the first broken row. */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: '核对导出的审计日志 (JSON lines) 的哈希链，指出第一处断开的行：pingshen audit verify <审计日志.jsonl>',
  usage: [
    '用法: pingshen audit verify <审计日志.jsonl> [--json]',
    '',
    '  逐行核对：每行的摘要须与其内容相符（否则该行被改动过），须接上前一行的摘要（否则其前有行被删除、',
    '  插入或调换），序号须递增。完整时打印行数和最后一行的摘要：请与评审台中显示的最后摘要核对，',
    '  以确认日志末尾没有被截去。通过时退出码为 0，断开为 1，用法错误为 2。',
    '  --json 输出 { ok, rows, lastHash } 或 { ok: false, index, seq, reason, message }。',
  ].join('\n'),
  async run(args, io) {
    const json = args.includes('--json');
    const rest = args.filter((a) => a !== '--json');
    if (rest[0] !== 'verify') throw new UsageError(rest[0] === undefined ? '缺少子命令 verify' : `未知子命令：${rest[0]}`);
    const files = rest.slice(1);
    if (files.some((f) => f.startsWith('-'))) throw new UsageError(`未知选项：${files.find((f) => f.startsWith('-')) ?? ''}`);
    if (files.length !== 1) throw new UsageError('须给出一个导出的审计日志文件');
    const file = files[0] as string;
    const { readFileSync } = await import('node:fs');
    const { parseAuditJsonLines } = await import('../../../shared/audit/audit-lines.ts');
    const { findAuditBreak } = await import('../../../shared/audit/audit-chain.ts');
    const { nodeCrypto } = await import('../../services/crypto/node-crypto.ts');
    const fail = (out: Record<string, unknown>) => {
      io.out(json ? JSON.stringify({ ok: false, ...out }) : `FAIL  ${file}  ${String(out.message)}`);
      return 1;
    };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      return fail({ reason: 'unreadable', message: '无法读取文件，或文件不是 UTF-8 文本' });
    }
    const parsed = parseAuditJsonLines(text);
    if (!parsed.ok) return fail({ reason: 'format', index: parsed.line, message: parsed.message });
    const broken = findAuditBreak(nodeCrypto, parsed.rows);
    if (broken) return fail({ ...broken });
    const lastHash = parsed.rows.at(-1)?.hash ?? null;
    io.out(json ? JSON.stringify({ ok: true, rows: parsed.rows.length, lastHash }) : `OK  ${file}  ${String(parsed.rows.length)} 行，哈希链完整；最后一行的摘要 ${lastHash ?? '—'}（请与评审台中显示的核对）`);
    return 0;
  },
};
