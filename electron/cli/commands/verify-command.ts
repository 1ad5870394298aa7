import type { SheetFileReport } from '../../services/trust/verify-sheet-file.ts';
import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';

function parseVerifyArgs(args: readonly string[]): { files: string[]; json: boolean } {
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项：${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('缺少要验证的评分表文件');
  return { files, json };
}

/** The line printed for one file without --json. */
export function reportLine(report: SheetFileReport): string {
  if (!report.ok) return `FAIL  ${report.file}  ${report.message ?? ''}`;
  return `OK  ${report.file}  (专家 ${report.expert?.name ?? ''}, 第 ${String(report.version)} 版, 指纹 ${report.fingerprint ?? ''})`;
}

/** `pingshen verify FILE… [--json]`: standalone verification of signed score sheets. */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: '验证评分表的格式与签名：pingshen verify <评分表>…',
  usage: [
    '用法: pingshen verify <评分表.pingshen-sheet.json>... [--json]',
    '',
    '  独立验证评分表（无需评审包）：文件大小、JSON、格式版本、内容结构、规范格式 (RFC 8785) 和 Ed25519 签名。',
    '  公钥是否已登记、是否属于本次评审、分值是否符合评分细则、版本先后，在评审台合并评分表时验证。',
    '  全部通过时退出码为 0，任一未通过为 1，用法错误为 2。',
    '  --json   以 JSON 数组输出：[{ "file", "ok", "code", "message", "expert", "reviewId", "version", "fingerprint", "digest" }]',
  ].join('\n'),
  async run(args, io) {
    const { files, json } = parseVerifyArgs(args);
    // Loaded on use: zod and the schemas would otherwise slow down every `pingshen --version`.
    const { verifySheetFile } = await import('../../services/trust/verify-sheet-file.ts');
    const reports = files.map((file) => verifySheetFile(file));
    if (json) io.out(JSON.stringify(reports, null, 2));
    else for (const report of reports) io.out(reportLine(report));
    return reports.every((report) => report.ok) ? 0 : 1;
  },
};
