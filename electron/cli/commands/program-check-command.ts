import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';
import { parseFilesAndJson } from '../parse-options.ts';

/** One problem as a line: `file: 位置 — 消息`, or `file: 消息` for the file as a whole. */
export function problemLine(file: string, issue: { path: string; message: string }): string {
  return issue.path === '' ? `${file}: ${issue.message}` : `${file}: ${issue.path} — ${issue.message}`;
}

/** `pingshen program check FILE… [--json]`: checks program files (.json) and 评分细则 workbooks (.xlsx). */
export const programCheckCommand: CliCommand = {
  name: 'program',
  summary: '检查评审方案 (.json) 和评分细则 (.xlsx) 文件：pingshen program check <文件>…',
  usage: [
    '用法: pingshen program check <文件>... [--json]',
    '',
    '  检查评审方案 (.json) 和评分细则工作簿 (.xlsx)：全部无误时退出码为 0，有问题为 1。',
    '  --json   以 JSON 数组输出：[{ "file", "ok", "issues": [{ "path", "message" }], "warnings" }]',
  ].join('\n'),
  async run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand !== 'check') throw new UsageError(subcommand === undefined ? '缺少子命令 check' : `未知子命令：${subcommand}`);
    const { files, json } = parseFilesAndJson(rest, '缺少要检查的文件');
    // Loaded on use: exceljs would otherwise slow down every `pingshen --version`.
    const { checkProgramFile } = await import('../../services/programs/check-program-file.ts');
    const results = [];
    for (const file of files) results.push({ file, ...(await checkProgramFile(file)) });
    if (json) {
      io.out(JSON.stringify(results, null, 2));
    } else {
      for (const result of results) {
        if (result.ok) io.out(`OK  ${result.file}`);
        for (const issue of result.issues) io.out(problemLine(result.file, issue));
        for (const warning of result.warnings) io.out(`${problemLine(result.file, warning)}（提示）`);
      }
    }
    return results.every((result) => result.ok) ? 0 : 1;
  },
};
