import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { ruleLabels } from '../../../../shared/merge/merge-labels.ts';

// The merge's printed results; the parts every printed document shares are in print/print-parts.tsx.

/** A published figure (already rounded once, 四舍五入 to 2 decimals) as printed: two decimals, or —. */
export function figure(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/** The document's heading: the review's title and the document's name, then 文号 and the rule. */
export function PrintHeading({ results, name, rule = true }: { results: ResultsExport; name: string; rule?: boolean }) {
  return (
    <header>
      <h1>{results.title} {name}</h1>
      <div className="ps-printed-sub">
        {results.programTitle && `${results.programTitle}\u3000`}文号：{results.documentNumber || '—'}
        {rule && `\u3000得分规则：${ruleLabels[results.rule]}（四舍五入保留两位小数）`}
      </div>
    </header>
  );
}

/** The digests in small print, and how to check them. */
export function DigestNote({ results }: { results: ResultsExport }) {
  return (
    <section className="ps-printed-digests" data-testid="digests">
      <div>本表依据以下 {results.sheets.length} 份专家签名的评分表（SHA-256 摘要）：{results.sheets.map((s) => `${s.name} 第 ${String(s.version)} 版 ${s.digest}`).join('；')}</div>
      <div>评审包摘要：{results.packageDigests.join('；') || '—'}</div>
      <div>评审结果摘要：{results.result ? `${results.result.digest}（签名于 ${results.result.signedAt}）` : '评审结果尚未签名'}</div>
      <div>核对方法：verify with <code>pingshen verify-result</code>：pingshen verify-result 评审结果.pingshen-result.json [评分表…]，核对组织方签名，并由评分表重新计算各项得分与排名。</div>
    </section>
  );
}
