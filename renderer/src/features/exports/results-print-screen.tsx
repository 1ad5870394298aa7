import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { FeedbackDocument } from './feedback-document.tsx';
import { PublicNoticeDocument } from './public-notice-document.tsx';
import { RecommendationDocument } from './recommendation-document.tsx';
import { ScoreSummaryDocument } from './score-summary-document.tsx';
import { usePrintPage } from '../../print/use-print-page.ts';
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
  const { print, busy } = usePrintPage(`${reviewId}-${t(`exports.documents.${document}`)}.pdf`);
  if (load.phase === 'failed' && load.key === reviewId) return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />;
  const results = load.key === reviewId ? load.value : null;
  if (!results) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const Document = documents[document];
  return (
    <>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'merge', reviewId })}>{t('review.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-button">{t('exports.print')}</Button>
      </Space>
      <Document results={results} />
    </>
  );
}
