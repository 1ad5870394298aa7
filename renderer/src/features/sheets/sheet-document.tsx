import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/domain/program.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { SheetView } from '../../../../shared/domain/trust-views.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import type { SubmissionScores } from '../../../../shared/sheets/sheet-schema.ts';

function SubmissionBlock({ scored, review, program }: { scored: SubmissionScores; review: ReviewDetail; program: Program }) {
  const { t } = useTranslation();
  const submission = review.submissions.find((s) => s.id === scored.submissionId);
  const field = review.fields.find((f) => f.id === submission?.fieldId);
  const rubric = program.rubrics.find((r) => r.id === scored.rubricId);
  const criteria = new Map(rubric?.sections.flatMap((s) => s.criteria.map((c) => [c.id, { section: s.title, criterion: c }] as const)) ?? []);
  const title = (items: readonly { id: string; title: string }[] | undefined, id: string) => items?.find((i) => i.id === id)?.title ?? id;
  return (
    <section>
      <h2>{submission?.applicant ?? scored.submissionId}{submission ? ` · ${submission.title}` : ''}{field ? `（${field.name}）` : ''}</h2>
      <table>
        <thead>
          <tr><th>{t('sheets.sheetSection')}</th><th>{t('sheets.sheetCriterion')}</th><th className="num">{t('sheets.sheetMax')}</th><th className="num">{t('sheets.sheetScore')}</th><th>{t('sheets.sheetComment')}</th></tr>
        </thead>
        <tbody>
          {scored.scores.map((s) => {
            const found = criteria.get(s.criterionId);
            return (
              <tr key={s.criterionId}>
                <td>{found?.section ?? ''}</td>
                <td>{found?.criterion.title ?? s.criterionId}</td>
                <td className="num">{found ? formatPoints(found.criterion.maxPoints) : ''}</td>
                <td className="num">{formatPoints(s.score)}</td>
                <td>{s.comment}{s.evidence.length > 0 && `（${t('sheets.sheetEvidence', { pages: s.evidence.map((e) => e.page).join('、') })}）`}</td>
              </tr>
            );
          })}
          <tr className="ps-sheet-total"><td colSpan={3}>{t('sheets.sheetTotal')}</td><td className="num">{formatPoints(scored.total)}</td><td>{rubric ? t('sheets.sheetOf', { max: formatPoints(rubric.totalPoints) }) : ''}</td></tr>
        </tbody>
      </table>
      {scored.checks.length > 0 && <div>{t('sheets.sheetChecks')}：{scored.checks.map((c) => `${title(rubric?.checks, c.checkId)} ${c.result === 'met' ? t('sheets.met') : t('sheets.notMet')}`).join('；')}</div>}
      <div>{t('sheets.sheetVetoes')}：{scored.vetoes.length === 0 ? t('sheets.none') : scored.vetoes.map((v) => title(rubric?.vetoes, v)).join('；')}</div>
      <div>{t('sheets.sheetOverall')}：{scored.overallComment || '—'}</div>
    </section>
  );
}

/** An amended version's reasons (分差复议): each changed score from → to, or kept, with the expert's reason. */
function RevisionsBlock({ sheet, review, program }: { sheet: SheetView['sheet']; review: ReviewDetail; program: Program }) {
  const { t } = useTranslation();
  const scoreOf = (submissionId: string, criterionId: string) => sheet.submissions.find((s) => s.submissionId === submissionId)?.scores.find((c) => c.criterionId === criterionId)?.score;
  const criterionTitle = (submissionId: string, criterionId: string) => {
    const rubricId = sheet.submissions.find((s) => s.submissionId === submissionId)?.rubricId;
    return program.rubrics.find((r) => r.id === rubricId)?.sections.flatMap((s) => s.criteria).find((c) => c.id === criterionId)?.title ?? criterionId;
  };
  return (
    <section data-testid="sheet-revisions">
      <h2>{t('sheets.sheetRevisions')}</h2>
      <table>
        <thead><tr><th>{t('review.applicant')}</th><th>{t('sheets.sheetCriterion')}</th><th className="num">{t('sheets.sheetRevisionFrom')}</th><th className="num">{t('sheets.sheetRevisionTo')}</th><th>{t('sheets.reason')}</th></tr></thead>
        <tbody>
          {(sheet.revisions ?? []).map((r) => {
            const now = scoreOf(r.submissionId, r.criterionId);
            return (
              <tr key={`${r.submissionId}/${r.criterionId}`}>
                <td>{review.submissions.find((s) => s.id === r.submissionId)?.applicant ?? r.submissionId}</td>
                <td>{criterionTitle(r.submissionId, r.criterionId)}</td>
                <td className="num">{r.from === null ? t('sheets.reasonUnscored') : formatPoints(r.from)}</td>
                <td className="num">{now === undefined ? '' : r.from === now ? t('sheets.sheetRevisionConfirmed') : formatPoints(now)}</td>
                <td>{r.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The score sheet as paper: who, which package, each application's scores and comments, digests, a line to sign. */
export function SheetDocument({ view, review, program }: { view: SheetView; review: ReviewDetail; program: Program }) {
  const { t } = useTranslation();
  const { sheet } = view;
  const applicant = (id: string) => review.submissions.find((s) => s.id === id)?.applicant ?? id;
  return (
    <article className="ps-sheet-print" data-testid="sheet-document">
      <h1>{t('sheets.sheetHeading')}</h1>
      <div className="ps-sheet-sub">{review.title}</div>
      <table>
        <tbody>
          <tr><th>{t('sheets.sheetExpert')}</th><td>{sheet.expert.name}（{sheet.expert.organisation || '—'}）</td><th>{t('sheets.version')}</th><td>{t('sheets.versionN', { version: sheet.version })}</td></tr>
          <tr><th>{t('sheets.signedAt')}</th><td colSpan={3}>{new Date(sheet.createdAt).toLocaleString('zh-CN')}</td></tr>
          <tr><th>{t('sheets.sheetDigest')}</th><td colSpan={3} className="mono">{view.digest}</td></tr>
          <tr><th>{t('roster.packageDigest')}</th><td colSpan={3} className="mono">{sheet.packageDigest}</td></tr>
          <tr><th>{t('identity.fingerprint')}</th><td colSpan={3} className="mono">{view.fingerprint}</td></tr>
          {sheet.supersedes && <tr><th>{t('sheets.sheetSupersedes')}</th><td colSpan={3} className="mono">{sheet.supersedes}</td></tr>}
        </tbody>
      </table>
      <h2>{t('sheets.sheetSummary')}</h2>
      <table>
        <thead><tr><th>{t('review.applicant')}</th><th className="num">{t('sheets.sheetTotal')}</th></tr></thead>
        <tbody>
          {sheet.submissions.map((s) => <tr key={s.submissionId}><td>{applicant(s.submissionId)}</td><td className="num">{formatPoints(s.total)}</td></tr>)}
          {sheet.conflicts.map((c) => <tr key={c.submissionId}><td>{applicant(c.submissionId)}</td><td className="num">{t('sheets.sheetRecused')}</td></tr>)}
        </tbody>
      </table>
      {sheet.conflicts.length > 0 && <div>{t('sheets.sheetConflicts')}：{sheet.conflicts.map((c) => `${applicant(c.submissionId)}（${c.reason}）`).join('；')}</div>}
      {sheet.revisions && sheet.revisions.length > 0 && <RevisionsBlock sheet={sheet} review={review} program={program} />}
      {sheet.submissions.map((s) => <SubmissionBlock key={s.submissionId} scored={s} review={review} program={program} />)}
      <div className="ps-sheet-sign"><span>{t('sheets.sheetSignLine')}</span><span>{t('sheets.sheetDateLine')}</span></div>
      <div className="ps-sheet-note">{t('sheets.sheetNote', { file: view.fileName })}</div>
    </article>
  );
}
