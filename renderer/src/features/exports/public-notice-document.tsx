import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { recommendedLists } from '../../../../shared/exports/printed-lists.ts';
import { Blank, DateBlank } from '../../print/print-parts.tsx';

/** The printed 公示名单 as the department publishes it: 序号, 名称, 牵头单位, 合作单位, no scores; the notice period and how to object as fields to fill. */
export function PublicNoticeDocument({ results }: { results: ResultsExport }) {
  const lists = recommendedLists(results);
  return (
    <article className="ps-printed" data-testid="results-document">
      <header>
        <h1>{results.title} 拟推荐名单公示</h1>
        {results.documentNumber && <div className="ps-printed-sub">根据 {results.documentNumber}</div>}
      </header>
      <p className="ps-printed-text">
        经形式审查、材料审核和专家评议，现将拟推荐名单予以公示。公示期：<Blank em={4} />年<Blank em={2} />月<Blank em={2} />日至<Blank em={4} />年<Blank em={2} />月<Blank em={2} />日（共<Blank em={2} />个工作日）。
      </p>
      <p className="ps-printed-text">
        公示期间，如对名单有异议，请以书面形式实名（单位须加盖公章）向<Blank em={12} />反映，并附相关证明材料；逾期或匿名的不予受理。
        联系人：<Blank em={6} />{'\u3000'}电话：<Blank em={8} />{'\u3000'}电子邮箱 / 地址：<Blank em={14} />
      </p>
      {lists.map((list) => (
        <section key={list.id}>
          <h2>{list.name}</h2>
          <table>
            <colgroup><col style={{ width: '7%' }} /><col style={{ width: '35%' }} /><col style={{ width: '20%' }} /><col style={{ width: '38%' }} /></colgroup>
            <thead><tr><th className="num">序号</th><th>名称</th><th>牵头单位</th><th>合作单位</th></tr></thead>
            <tbody>
              {list.applications.map((a) => (
                <tr key={a.submissionId}><td className="num">{a.serial}</td><td>{a.project}</td><td>{a.applicant}</td><td>{a.partners.join('、')}</td></tr>
              ))}
              {list.applications.length === 0 && <tr><td colSpan={4}>（无）</td></tr>}
            </tbody>
          </table>
        </section>
      ))}
      <div className="ps-printed-issuer">
        <div>发布单位：<Blank em={12} />（盖章）</div>
        <div><DateBlank /></div>
      </div>
    </article>
  );
}
