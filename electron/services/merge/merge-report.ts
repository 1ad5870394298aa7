import type { MergeReport } from '../../../shared/domain/merge-view.ts';
import { flagParams, flagReason } from '../../../shared/merge/merge-flags.ts';
import { ruleLabels } from '../../../shared/merge/merge-labels.ts';
import type { MergeOutcome } from './merge-sheets.ts';

/** `pingshen merge --json`: the documented, stable shape (docs/merge.md). Figures are the published values (四舍五入 to 2 decimals). */
export type MergeReportJson = MergeReport;

/** The JSON report of a merge. */
export function mergeReportJson(outcome: MergeOutcome, reviewId: string, rule: string): MergeReportJson {
  return {
    reviewId,
    rule,
    categories: outcome.categories.map((c) => ({
      id: c.id,
      name: c.name,
      quota: c.quota,
      ranking: c.applications.map((a) => ({
        submissionId: a.submissionId,
        applicant: a.applicant,
        partners: [...a.partners],
        rank: a.ranking.rank,
        tied: a.ranking.tied,
        standing: a.ranking.standing,
        aggregates: {
          mean: a.aggregate.mean?.value ?? null,
          trimmedMean: a.aggregate.trimmedMean.figure?.value ?? null,
          trimmedMeanApplied: a.aggregate.trimmedMean.applied,
          median: a.aggregate.median?.value ?? null,
          range: a.aggregate.range?.value ?? null,
          stdDev: a.aggregate.stdDev?.value ?? null,
        },
        experts: a.aggregate.experts.map((e) => ({ expertId: e.expertId, name: e.name, total: e.total })),
        recused: a.recused.map((r) => ({ expertId: r.expertId, name: r.name, reason: r.reason })),
        flags: a.aggregate.flags.map((f) => ({ kind: f.kind, reason: flagReason(f), params: flagParams(f) })),
      })),
    })),
    counted: outcome.counted.map((s) => ({ file: s.source, expertId: s.expertId, version: s.version, digest: s.digest, fingerprint: s.fingerprint, firstSight: s.firstSight })),
    refused: outcome.refused.map((r) => ({ file: r.source, code: r.code, reason: r.reason, fingerprint: r.fingerprint })),
    superseded: outcome.superseded.map((s) => ({ file: s.source, by: s.by })),
    duplicates: outcome.duplicates.map((d) => ({ file: d.source, of: d.of })),
  };
}


/** The report as text lines, for a terminal. */
export function mergeReportLines(report: MergeReportJson, title: string): string[] {
  const n = (x: number | null) => (x === null ? '—' : String(x));
  const lines = [`评审「${title}」：采用 ${String(report.counted.length)} 份评分表；排序规则：${ruleLabels[report.rule as keyof typeof ruleLabels] ?? report.rule}`];
  for (const c of report.categories) {
    lines.push('', `【${c.name}】推荐名额 ${c.quota > 0 ? String(c.quota) : '不限'}`);
    for (const a of c.ranking) {
      const place = a.rank === null ? '不排名' : `第 ${String(a.rank)} 名${a.tied ? '（并列）' : ''}`;
      const standing = { 'within-quota': '名额内', 'tie-at-quota-line': '名额线并列，待组织方决定', reserve: '候补', excluded: '' }[a.standing] ?? '';
      const { mean, trimmedMean, trimmedMeanApplied, median } = a.aggregates;
      lines.push(`  ${place}  ${a.applicant}  平均 ${n(mean)}  截尾平均 ${n(trimmedMean)}${trimmedMeanApplied ? '' : '（专家不足，按平均）'}  中位数 ${n(median)}  ${standing}`);
      lines.push(`      专家总分：${a.experts.map((e) => `${e.name} ${String(e.total)}`).join('，') || '无'}${a.recused.length > 0 ? `；回避：${a.recused.map((r) => r.name).join('、')}` : ''}`);
      for (const f of a.flags) lines.push(`      ⚠ ${f.reason}`);
    }
  }
  if (report.superseded.length > 0) lines.push('', '已被新版本取代（未计入）：', ...report.superseded.map((s) => `  ${s.file} → ${s.by}`));
  if (report.duplicates.length > 0) lines.push('', '重复的文件（同一份评分表，只计一次）：', ...report.duplicates.map((d) => `  ${d.file} = ${d.of}`));
  if (report.refused.length > 0) lines.push('', '未采用的文件：', ...report.refused.map((r) => `  FAIL  ${r.file}  ${r.reason}`));
  return lines;
}
