import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';

/** `pingshen verify-result FILE [--package PKG… SHEETS…] [--json]`: verifies a committee's signed result (pingshen.result/1), prints what it decided, and with the sheets recomputes it. */
export const verifyResultCommand: CliCommand = {
  name: 'verify-result',
  summary: '验证组织方签名的评审结果 (pingshen.result/1)，并列出其推荐名单：pingshen verify-result <结果文件>',
  usage: [
    '用法: pingshen verify-result <评审结果.pingshen-result.json> [--package <评审包>… <评分表、文件夹或 zip>…] [--json]',
    '',
    '  验证 JSON、格式、规范格式 (RFC 8785) 和组织方的 Ed25519 签名，打印组织方公钥指纹 (请与其公钥卡核对)、',
    '  结果摘要、所依据的每份评分表的摘要，以及各领域的名次与决定。',
    '  给出评分表时（须同时给出本次评审发出的评审包 --package），另由这些评分表按结果的规则重新合并：计入的评分表',
    '  须正是结果所列的，每份申报的平均分、去最高最低平均、中位数与名次须与结果一致；不一致处逐条列出，指明申报。',
    '  通过时退出码为 0，未通过为 1，用法错误为 2。--json 输出 { ok, code, message, digest, fingerprint, result, recheck }。',
  ].join('\n'),
  async run(args, io) {
    const json = args.includes('--json');
    const packages: string[] = [];
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--json') continue;
      if (arg === '--package') {
        const next = args[++i];
        if (next === undefined || next.startsWith('--')) throw new UsageError('选项 --package 缺少取值');
        packages.push(next);
      } else if (arg.startsWith('-')) throw new UsageError(`未知选项：${arg}`);
      else files.push(arg);
    }
    if (files.length === 0) throw new UsageError('须给出一个评审结果文件');
    const sheets = files.slice(1);
    if (sheets.length > 0 && packages.length === 0) throw new UsageError('由评分表重新计算须同时给出本次评审发出的评审包：--package <评审包>');
    if (sheets.length === 0 && packages.length > 0) throw new UsageError('给出了评审包，但没有给出要重新计算的评分表');
    const { readFileSync } = await import('node:fs');
    const { verifyResultFile } = await import('../../../shared/merge/verify-result-file.ts');
    const { decisionLabels } = await import('../../../shared/merge/merge-labels.ts');
    const { nodeCrypto } = await import('../../services/crypto/node-crypto.ts');
    const file = files[0] as string;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch {
      io.out(json ? JSON.stringify({ ok: false, code: 'unreadable', message: '无法读取文件' }) : `FAIL  ${file}  无法读取文件`);
      return 1;
    }
    const check = verifyResultFile(bytes, nodeCrypto);
    let problems: { submissionId: string | null; applicant: string | null; message: string }[] | null = null;
    if (check.ok && sheets.length > 0) {
      const { recheckResult } = await import('../../services/exports/recheck-result.ts');
      problems = await recheckResult(check.result, packages, sheets);
    }
    const rechecked = problems === null || problems.length === 0;
    if (json) {
      const recheck = problems === null ? null : { ok: rechecked, problems };
      io.out(JSON.stringify(check.ok ? { ok: rechecked, digest: check.digest, fingerprint: check.fingerprint, result: check.result, recheck } : check, null, 2));
      return check.ok && rechecked ? 0 : 1;
    }
    if (!check.ok) {
      io.out(`FAIL  ${file}  ${check.message}`);
      return 1;
    }
    const { result } = check;
    io.out(`${rechecked ? 'OK' : 'FAIL'}  ${file}`);
    io.out(`评审「${result.title}」（${result.documentNumber || '—'}），${result.createdAt} 由「${result.coordinator.name}」签名`);
    io.out(`组织方公钥指纹 ${check.fingerprint}（请与其公钥卡核对）；结果摘要 ${check.digest}`);
    io.out(`依据 ${String(result.sheets.length)} 份评分表：`);
    for (const s of result.sheets) io.out(`  ${s.name}（${s.expertId}）第 ${String(s.version)} 版  ${s.digest}`);
    for (const c of result.categories) {
      io.out(`【${c.name}】推荐名额 ${c.quota > 0 ? String(c.quota) : '不限'}`);
      for (const a of c.applications) {
        io.out(`  ${a.rank === null ? '不排名' : `第 ${String(a.rank)} 名${a.tied ? '（并列）' : ''}`}  ${a.applicant}  ${decisionLabels[a.decision]}${a.reason ? `（${a.reason}）` : ''}`);
      }
    }
    if (problems === null) return 0;
    if (rechecked) {
      io.out(`由 ${String(sheets.length)} 个评分表文件重新计算：计入的评分表、各项得分与名次均与结果一致`);
      return 0;
    }
    io.out('由评分表重新计算，与结果不一致：');
    for (const p of problems) io.out(`  FAIL  ${p.message}`);
    return 1;
  },
};
