import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { SignatureLines } from '../../print/print-parts.tsx';
import { DigestNote, figure, PrintHeading } from './print-parts.tsx';

/** The printed 专家评分汇总表 the panel signs: applications × experts, every rule's figure, the rank and flags; signature lines; the digests. */
export function ScoreSummaryDocument({ results }: { results: ResultsExport }) {
  const experts = [...results.sheets].sort((a, b) => a.expertId.localeCompare(b.expertId, 'en', { numeric: true }));
  let serial = 0;
  return (
    <article className="ps-printed ps-printed-landscape" data-testid="results-document">
      <PrintHeading results={results} name="专家评分汇总表" />
      <table>
        <thead>
          <tr>
            <th>序号</th><th>领域</th><th>申报单位</th>
            {experts.map((e) => <th key={e.expertId} className="num">{e.name}</th>)}
            <th className="num">有效评分</th><th className="num">平均分</th><th className="num">去最高最低平均</th><th className="num">中位数</th><th className="num">标准差</th><th className="num">名次</th><th>标记</th>
          </tr>
        </thead>
        <tbody>
          {results.report.categories.flatMap((c) =>
            c.ranking.map((a) => {
              serial += 1;
              return (
                <tr key={a.submissionId}>
                  <td className="num">{serial}</td><td>{c.name}</td><td>{a.applicant}</td>
                  {experts.map((e) => {
                    const total = a.experts.find((x) => x.expertId === e.expertId)?.total;
                    return <td key={e.expertId} className="num">{total !== undefined ? total : a.recused.some((r) => r.expertId === e.expertId) ? '回避' : ''}</td>;
                  })}
                  <td className="num">{a.experts.length}</td>
                  <td className="num">{figure(a.aggregates.mean)}</td>
                  <td className="num">{figure(a.aggregates.trimmedMean)}{a.aggregates.trimmedMeanApplied ? '' : '*'}</td>
                  <td className="num">{figure(a.aggregates.median)}</td>
                  <td className="num">{figure(a.aggregates.stdDev)}</td>
                  <td className="num">{a.rank === null ? '不排名' : `${String(a.rank)}${a.tied ? '（并列）' : ''}`}</td>
                  <td className="ps-printed-flags">{a.flags.map((f) => f.reason).join('；')}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
      <div className="ps-printed-note">* 有效评分少于 {results.trimMinimumPanel} 份，按平均分计。回避的专家不计入。</div>
      <SignatureLines labels={['专家组组长（签名）', ...experts.map((e) => `${e.name}（签名）`), '监督人员（签名）']} />
      <DigestNote results={results} />
    </article>
  );
}
