import { Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { FeedbackDocument } from './feedback-document.tsx';
import { PublicNoticeDocument } from './public-notice-document.tsx';
import { RecommendationDocument } from './recommendation-document.tsx';
import { ScoreSummaryDocument } from './score-summary-document.tsx';
import { PrintBar } from '../../print/print-bar.tsx';
import { useAppStore } from '../app/app-store.ts';
import type { ResultsDocument } from '../app/app-state.ts';
import { useExports } from './exports-store.ts';
import '../sheets/sheet-print.css';
import '../../print/printed-document.css';

const documents = {
  summary: ScoreSummaryDocument,
  recommendation: RecommendationDocument,
  notice: PublicNoticeDocument,
  feedback: FeedbackDocument,
} as const satisfies Record<ResultsDocument, unknown>;

/** A printable result of the merge (汇总表 for signatures, 推荐名单, 公示名单, 评审意见): A4, printed by print:pdf in the app. */
export function ResultsPrintScreen({ reviewId, document }: { reviewId: string; document: ResultsDocument }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const load = useExports((s) => s.results);
  useEffect(() => {
    void useExports.getState().load(reviewId);
  }, [reviewId]);
  if (load.phase === 'failed' && load.key === reviewId) return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />;
  const results = load.key === reviewId ? load.value : null;
  if (!results) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const Document = documents[document];
  return (
    <>
      <PrintBar pdfFileName={`${reviewId}-${t(`exports.documents.${document}`)}.pdf`} label={t('exports.print')} onBack={() => show({ kind: 'merge', reviewId })} />
      <Document results={results} />
    </>
  );
}
