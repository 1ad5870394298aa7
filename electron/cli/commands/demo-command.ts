import { join, resolve } from 'node:path';
import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';
import { parseOptions } from '../parse-options.ts';

/** Human size: 1.2 MB, 216.9 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** `pingshen demo --out DIR [--force]`: writes the built-in demo review as files on disk. */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '生成内置演示评审的申报材料 (PDF、汇总表 xlsx)、签名的评审包和演示专家签名的评分表',
  usage: [
    '用法: pingshen demo --out <目录> [--force]',
    '',
    '  --out <目录>   输出文件夹；不存在时自动创建',
    '  --force        输出文件夹非空时仍然写入 (同名文件被替换)',
    '',
    '  另写出 demo.pingshen-pkg (演示组织方签名的评审包) 和七位演示专家签名的评分表 (一位回避一份申报、一位评分明显偏低、一位修改后签了第 2 版)',
    '  (*.pingshen-sheet.json)，可用 pingshen verify 验证。演示密钥由公开的固定种子生成，仅供演示，不证明任何身份。',
    '  邮箱附件/ 是申报单位发来的材料 (每校一个 GBK 文件名的压缩包、盖章扫描件、汇总表)，含逾期、缺盖章版、',
    '  多头联合申报、指标低于底线、汇总表与申报书不一致、加密 PDF 各一处，可用 pingshen intake 或在评审台中导入试用。',
  ].join('\n'),
  async run(args, io) {
    const values = parseOptions(args, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (values.out === undefined || values.out.trim() === '') throw new UsageError('缺少 --out <目录>：请指定演示材料的输出文件夹');
    const outDir = resolve(values.out);
    const started = performance.now();
    // Loaded on use: pdfkit and exceljs would otherwise slow down every `pingshen --version`.
    const { writeDemoFiles } = await import('../../services/demo/write-demo-files.ts');
    const { loadDemoReview } = await import('../../services/demo/load-demo-review.ts');
    const { writeDemoTrustFiles } = await import('../../services/demo/write-demo-trust-files.ts');
    const { writeDemoMailbox, MAILBOX_FOLDER } = await import('../../services/demo/write-demo-mailbox.ts');
    const files = await writeDemoFiles(outDir, { force: values.force === true });
    const mailbox = await writeDemoMailbox(outDir);
    const signed = await writeDemoTrustFiles(outDir);
    const seconds = (performance.now() - started) / 1000;
    const demo = loadDemoReview();
    io.out(`已写入 ${outDir}：`);
    for (const file of files) io.out(`  ${formatBytes(file.bytes).padStart(9)}  ${file.sha256.slice(0, 12)}  ${file.path}`);
    for (const file of signed) io.out(`  ${formatBytes(file.bytes).padStart(9)}  ${file.digest.slice(0, 12)}  ${file.path}`);
    for (const file of mailbox) io.out(`  ${formatBytes(file.bytes).padStart(9)}  ${file.sha256.slice(0, 12)}  ${file.path}`);
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    io.out(
      `演示评审「${demo.review.title}」：${demo.review.fields.length} 个领域、${demo.review.submissions.length} 份申报，` +
        `共 ${files.length} 个文件 (${formatBytes(total)})，用时 ${seconds.toFixed(1)} 秒。`,
    );
    io.out(`申报单位的邮箱附件 (供试用导入与形式审查，含故意设置的问题，见 docs/demo.md)：${join(outDir, MAILBOX_FOLDER)}`);
    io.out(`签名文件 (演示密钥，仅供演示)：评审包摘要 ${signed[0]?.digest ?? ''}；验证评分表：pingshen verify ${join(outDir, '*.pingshen-sheet.json')}`);
    return 0;
  },
};
