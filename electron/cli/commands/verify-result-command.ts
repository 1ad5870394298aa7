import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';

/** `pingshen verify-result FILE [--json]`: verifies a committee's signed result (pingshen.result/1) and prints what it decided. */
export const verifyResultCommand: CliCommand = {
  name: 'verify-result',
  summary: '验证组织方签名的评审结果 (pingshen.result/1)，并列出其推荐名单：pingshen verify-result <结果文件>',
  usage: [
    '用法: pingshen verify-result <评审结果.pingshen-result.json> [--json]',
    '',
    '  验证 JSON、格式、规范格式 (RFC 8785) 和组织方的 Ed25519 签名，打印组织方公钥指纹 (请与其公钥卡核对)、',
    '  结果摘要、所依据的每份评分表的摘要，以及各领域的名次与决定。',
    '  通过时退出码为 0，未通过为 1，用法错误为 2。--json 输出 { ok, code, message, digest, fingerprint, result }。',
  ].join('\n'),
  async run(args, io) {
    const json = args.includes('--json');
    const files = args.filter((a) => a !== '--json');
    if (files.some((f) => f.startsWith('-'))) throw new UsageError(`未知选项：${files.find((f) => f.startsWith('-')) ?? ''}`);
    if (files.length !== 1) throw new UsageError('须给出一个评审结果文件');
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
    if (json) {
      io.out(JSON.stringify(check.ok ? { ok: true, digest: check.digest, fingerprint: check.fingerprint, result: check.result } : check, null, 2));
      return check.ok ? 0 : 1;
    }
    if (!check.ok) {
      io.out(`FAIL  ${file}  ${check.message}`);
      return 1;
    }
    const { result } = check;
    io.out(`OK  ${file}`);
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
    return 0;
  },
};
