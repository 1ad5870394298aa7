import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { recommendedLists } from '../../../../shared/exports/printed-lists.ts';
import { SignatureLines } from '../../print/print-parts.tsx';
import { DigestNote, figure, PrintHeading } from './print-parts.tsx';

/** The printed 推荐名单 per category in the department's form (序号, 学校, 合作单位, 得分, 备注), with the committee's signature lines. */
export function RecommendationDocument({ results }: { results: ResultsExport }) {
  const lists = recommendedLists(results);
  return (
    <article className="ps-printed" data-testid="results-document">
      <PrintHeading results={results} name="推荐名单" />
      {lists.map((list) => (
        <section key={list.id}>
          <h2>{list.name}（推荐名额 {list.quota > 0 ? String(list.quota) : '不限'}，推荐 {list.applications.length} 个）{list.final ? '' : '\u3000【名单尚未确定】'}</h2>
          <table>
            <colgroup><col style={{ width: '7%' }} /><col style={{ width: '24%' }} /><col style={{ width: '42%' }} /><col style={{ width: '10%' }} /><col style={{ width: '17%' }} /></colgroup>
            <thead><tr><th className="num">序号</th><th>学校</th><th>合作单位</th><th className="num">得分</th><th>备注</th></tr></thead>
            <tbody>
              {list.applications.map((a) => (
                <tr key={a.submissionId}><td className="num">{a.serial}</td><td>{a.applicant}</td><td>{a.partners.join('、')}</td><td className="num">{figure(a.score)}</td><td>{a.note}</td></tr>
              ))}
              {list.applications.length === 0 && <tr><td colSpan={5}>（无）</td></tr>}
            </tbody>
          </table>
        </section>
      ))}
      <SignatureLines labels={['专家组组长（签名）', '专家组成员（签名）', '监督人员（签名）', '组织单位（盖章）']} wide={['专家组成员（签名）']} />
      <DigestNote results={results} />
    </article>
  );
}
