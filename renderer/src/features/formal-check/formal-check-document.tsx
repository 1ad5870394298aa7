import type { FormalCheckView } from '../../../../shared/domain/formal-check-view.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import { applicationNotes, conclusionText, formalCheckSubtitle, resultCellText, verdictLabels } from '../../../../shared/formal-check/result-texts.ts';
import { SignatureLines } from '../../print/print-parts.tsx';

/**
 * The printed 形式审查结果表: one row per application, a column per rule (overrides shown beside what
 * the check said), the verdict, the 材料审核 conclusion and the reasons; lines for 审查人 and 复核人.
 * The same words as its .xlsx (shared/formal-check/result-texts.ts); Chinese whatever the UI language.
 */
export function FormalCheckDocument({ view, review }: { view: FormalCheckView; review: ReviewDetail }) {
  const fieldName = (id: string) => review.fields.find((f) => f.id === id)?.name ?? id;
  return (
    <article className="ps-printed ps-printed-landscape" data-testid="formal-check-document">
      <header>
        <h1>{review.title} 形式审查结果表</h1>
        <div className="ps-printed-sub">{formalCheckSubtitle(review, view)}</div>
      </header>
      <table className="ps-printed-fc">
        {/* Fixed widths: the names and the reasons get the room, the results are short. */}
        <colgroup>
          <col style={{ width: '2.6em' }} /><col style={{ width: '5.5em' }} /><col style={{ width: '11em' }} />
          {view.rules.map((r) => <col key={r.id} style={{ width: '4.6em' }} />)}
          <col style={{ width: '5em' }} /><col style={{ width: '6em' }} /><col />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th><th>领域</th><th>申报单位</th>
            {view.rules.map((r) => <th key={r.id} className="center">{r.label}</th>)}
            <th className="center">审查结论</th><th>材料审核结论</th><th>说明（未通过的理由、改判及其理由）</th>
          </tr>
        </thead>
        <tbody>
          {view.applications.map((a, i) => (
            <tr key={a.submissionId}>
              <td className="num">{i + 1}</td><td>{fieldName(a.fieldId)}</td><td>{a.applicant}</td>
              {view.rules.map((r) => {
                const rule = a.results.find((x) => x.rule === r.id);
                return <td key={r.id} className={`center${rule?.effective === 'fail' ? ' ps-printed-fail' : ''}`}>{resultCellText(rule)}</td>;
              })}
              <td className={`center${a.verdict === 'fail' ? ' ps-printed-fail' : ''}`}>{verdictLabels[a.verdict]}</td>
              <td>{conclusionText(a)}</td>
              <td className="ps-printed-notes">{applicationNotes(a).map((line) => <div key={line}>{line}</div>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ps-printed-note">未通过形式审查的申报不进入评审包，经改判（注明理由）的除外；改判与失效的改判均列于说明栏，不删除原审查结果。</div>
      <SignatureLines labels={['审查人（签名）', '复核人（签名）']} />
    </article>
  );
}
