import { applicantFeedback } from '../../../../shared/exports/applicant-feedback.ts';
import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { ruleLabels } from '../../../../shared/merge/merge-labels.ts';
import { DateBlank } from '../../print/print-parts.tsx';
import { figure } from './print-parts.tsx';

/** The printed 评审意见 for each applicant, each on pages of its own: its figure and place, and the experts' comments without their names. */
export function FeedbackDocument({ results }: { results: ResultsExport }) {
  return (
    <div data-testid="results-document">
      {applicantFeedback(results).map((f) => (
        <article key={f.submissionId} className="ps-printed ps-printed-feedback" data-testid="feedback-letter">
          <header>
            <h1>评审意见</h1>
            <div className="ps-printed-sub">{results.title}</div>
          </header>
          <table className="ps-printed-facts">
            <tbody>
              <tr><th>申报单位</th><td>{f.applicant}</td><th>领域</th><td>{f.category}</td></tr>
              <tr><th>项目名称</th><td colSpan={3}>{f.project || '—'}</td></tr>
              <tr><th>得分</th><td>{figure(f.score)}（{ruleLabels[results.rule]}，有效评分 {f.experts} 份）</td><th>名次</th><td>{f.rank === null ? '不排名' : `第 ${String(f.rank)} 名${f.tied ? '（并列）' : ''}，本领域共 ${String(f.ranked)} 份`}</td></tr>
            </tbody>
          </table>
          <h2>各评分项专家意见</h2>
          <table>
            <colgroup><col style={{ width: '24%' }} /><col style={{ width: '8%' }} /><col style={{ width: '68%' }} /></colgroup>
            <thead><tr><th>评分项</th><th className="num">满分</th><th>专家意见</th></tr></thead>
            <tbody>
              {f.criteria.map((c) => (
                <tr key={c.title}><td>{c.title}</td><td className="num">{c.maxPoints}</td><td>{c.comments.length === 0 ? '—' : <ul>{c.comments.map((x) => <li key={x}>{x}</li>)}</ul>}</td></tr>
              ))}
            </tbody>
          </table>
          <h2>总体评价</h2>
          {f.overall.length === 0 ? <p>—</p> : <ul>{f.overall.map((x) => <li key={x}>{x}</li>)}</ul>}
          <footer className="ps-printed-keep">
            <div className="ps-printed-note">专家意见不署名，排列顺序与专家无关；相同的意见只列一次。</div>
            <div className="ps-printed-issuer"><div>评审组织单位（盖章）</div><div><DateBlank /></div></div>
          </footer>
        </article>
      ))}
    </div>
  );
}
