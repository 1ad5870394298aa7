import type { SheetFileReport } from '../../services/sheets/verify-sheet-file.ts';
import type { CliCommand } from '../cli-command.ts';
import { parseFilesAndJson } from '../parse-options.ts';

/** What the version chain across the files adds to an OK line: duplicate, superseded. */
function notes(report: SheetFileReport): string {
  const notes: string[] = [];
  if (report.duplicateOf !== undefined) notes.push(report.duplicateOf === report.file ? '重复列出的同一文件' : `与 ${report.duplicateOf} 是同一份评分表（重复）`);
  const successor = report.supersededBy;
  if (successor) notes.push(`已被第 ${String(successor.version)} 版取代（${successor.file}）`);
  else if (report.superseded === true) notes.push('已被更新的版本取代');
  return notes.length === 0 ? '' : ` — ${notes.join('；')}`;
}

/** The line printed for one file without --json. */
export function reportLine(report: SheetFileReport): string {
  if (!report.ok) return `FAIL  ${report.file}  ${report.message ?? ''}`;
  return `OK  ${report.file}  (专家 ${report.expert?.name ?? ''}, 第 ${String(report.version)} 版, 指纹 ${report.fingerprint ?? ''})${notes(report)}`;
}

/** `pingshen verify FILE… [--json]`: standalone verification of signed score sheets, and of their version chain. */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: '验证评分表的格式、签名与版本链：pingshen verify <评分表>…',
  usage: [
    '用法: pingshen verify <评分表.pingshen-sheet.json>... [--json]',
    '',
    '  独立验证评分表（无需评审包）：先逐个验证文件大小、JSON、格式版本、内容结构、规范格式 (RFC 8785) 和 Ed25519 签名；',
    '  再对通过的文件检查版本链（与文件顺序无关，按评审和专家分组）：',
    '    · 同一专家的旧版本仍为 OK，但注明「已被第 N 版取代」；最新版本为当前版本；',
    '    · 同一专家同一版本有两份内容不同的评分表：两份都不通过，并指明另一份文件；',
    '    · 第 N 版声明取代的摘要与给出的第 N−1 版不符：两份都不通过；',
    '    · 同一份评分表（摘要相同）给出多次：注明重复，不算错误。',
    '  公钥是否已登记、是否属于本次评审、分值是否符合评分细则，在评审台合并评分表时验证。',
    '  全部通过时退出码为 0（有旧版本被取代或重复文件也是 0），任一未通过为 1，用法错误为 2。',
    '  --json   以 JSON 数组输出：[{ "file", "ok", "code", "message", "expert", "reviewId", "version",',
    '           "superseded", "supersededBy": { "file", "version", "digest" }, "duplicateOf", "fingerprint", "digest" }]',
  ].join('\n'),
  async run(args, io) {
    const { files, json } = parseFilesAndJson(args, '缺少要验证的评分表文件');
    // Loaded on use: zod and the schemas would otherwise slow down every `pingshen --version`.
    const { verifySheetFiles } = await import('../../services/sheets/verify-sheet-file.ts');
    const reports = verifySheetFiles(files);
    if (json) io.out(JSON.stringify(reports, null, 2));
    else for (const report of reports) io.out(reportLine(report));
    return reports.every((report) => report.ok) ? 0 : 1;
  },
};
