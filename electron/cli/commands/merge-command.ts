import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';

type Parsed = { packages: string[]; keys: string[]; rule: 'mean' | 'trimmed-mean' | 'median' | undefined; trimOn: 'totals' | 'criteria' | undefined; json: boolean; xlsx: string | undefined; sheets: string[] };

const rules = ['mean', 'trimmed-mean', 'median'] as const;

function parseMergeArgs(args: readonly string[]): Parsed {
  const parsed: Parsed = { packages: [], keys: [], rule: undefined, trimOn: undefined, json: false, xlsx: undefined, sheets: [] };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`选项 ${arg} 缺少取值`);
      return next;
    };
    if (optionsEnded) parsed.sheets.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--package') parsed.packages.push(value());
    else if (arg === '--keys') parsed.keys.push(value());
    else if (arg === '--xlsx') parsed.xlsx = value();
    else if (arg === '--rule') {
      const rule = value();
      if (!(rules as readonly string[]).includes(rule)) throw new UsageError(`--rule 只能是 ${rules.join('、')}，不是「${rule}」`);
      parsed.rule = rule as Parsed['rule'];
    } else if (arg === '--trim-on') {
      const on = value();
      if (on !== 'totals' && on !== 'criteria') throw new UsageError(`--trim-on 只能是 totals 或 criteria，不是「${on}」`);
      parsed.trimOn = on;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项：${arg}`);
    else parsed.sheets.push(arg);
  }
  if (parsed.packages.length === 0) throw new UsageError('缺少 --package <评审包>：合并须依据本次评审发出的评审包');
  if (parsed.sheets.length === 0) throw new UsageError('缺少要合并的评分表（文件、文件夹或 zip）');
  return parsed;
}

/** `pingshen merge --package PKG … SHEET_OR_DIR… [--json]`: verifies and merges signed score sheets into per-category rankings. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: '合并专家签名的评分表：逐份验证，按领域汇总、排序并标记分歧：pingshen merge --package <评审包> <评分表>…',
  usage: [
    '用法: pingshen merge --package <评审包> [--package <评审包>…] [--rule mean|trimmed-mean|median]',
    '                     [--trim-on totals|criteria] [--keys <公钥卡>…] [--xlsx <输出.xlsx>] <评分表、文件夹或 zip>... [--json]',
    '',
    '  --package   本次评审发出的评审包（全体专家的，或每位专家的；可给多个）：其中的专家名单与公钥即已登记的专家',
    '  --rule      排序规则（默认取评审方案的规则）：平均分、去掉最高最低分的平均分、中位数',
    '  --trim-on   去掉最高最低分的方式：totals 按总分（默认），criteria 按每一评分项',
    '  --keys      名单外专家的公钥卡（已当面核对指纹）：用其公钥签名的评分表也予采用；否则此类评分表不采用并列出其指纹',
    '  文件夹中查找 *.pingshen-sheet.json（含子文件夹）和 zip；每位专家以最新的有效版本计入，旧版本和重复文件不重复计算。',
    '  全部文件均被采用（含被取代的旧版本和重复文件）时退出码为 0，任一文件未被采用为 1，用法错误为 2。',
    '  --xlsx      另写出 Excel：专家评分汇总表（各项统计为引用专家得分的公式，附计算结果）与推荐名单',
    '  --json      以 JSON 输出（格式见 docs/merge.md）：{ reviewId, rule, categories: [{ id, name, quota, ranking: [...] }],',
    '              counted, refused: [{ file, code, reason, fingerprint }], superseded: [{ file, by }], duplicates }',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseMergeArgs(args);
    // Loaded on use: zod, decimal.js and the schemas would otherwise slow down every `pingshen --version`.
    const { readFileSync } = await import('node:fs');
    const { verifyKeyCard } = await import('../../services/identity/key-card.ts');
    const { mergeContextOfPackages } = await import('../../services/merge/merge-context-of-packages.ts');
    const { readSheetSources } = await import('../../services/merge/read-sheet-sources.ts');
    const { mergeSheets } = await import('../../services/merge/merge-sheets.ts');
    const { mergeReportJson, mergeReportLines } = await import('../../services/merge/merge-report.ts');
    const confirmedKeys = new Set<string>();
    for (const file of parsed.keys) {
      const card = verifyKeyCard(new Uint8Array(readFileSync(file)));
      if (!card.ok) throw new UsageError(`公钥卡 ${file} 无效：${card.message}`);
      confirmedKeys.add(card.card.publicKey);
    }
    const context = await mergeContextOfPackages(parsed.packages, { ...(parsed.rule ? { rule: parsed.rule } : {}), ...(parsed.trimOn ? { trimOn: parsed.trimOn } : {}), confirmedKeys });
    const outcome = mergeSheets(await readSheetSources(parsed.sheets), context);
    const report = mergeReportJson(outcome, context.reviewId, context.settings.aggregation.rule);
    if (parsed.xlsx !== undefined) {
      const { scoreSummaryXlsx } = await import('../../services/exports/score-summary-xlsx.ts');
      const { writeFileAtomic } = await import('../../services/fs/write-file-atomic.ts');
      const { aggregation } = context.settings;
      const bytes = await scoreSummaryXlsx({ title: context.title, documentNumber: context.program.documentNumber, rule: aggregation.rule, trimCount: aggregation.trimCount, trimMinimumPanel: aggregation.trimMinimumPanel, report, decisions: [] });
      writeFileAtomic(parsed.xlsx, bytes);
      if (!parsed.json) io.out(`已写出 ${parsed.xlsx}`);
    }
    if (parsed.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of mergeReportLines(report, context.title)) io.out(line);
    return outcome.refused.length === 0 ? 0 : 1;
  },
};
