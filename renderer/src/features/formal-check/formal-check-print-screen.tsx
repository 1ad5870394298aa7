import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintBar } from '../../print/print-bar.tsx';
import { useAppStore } from '../app/app-store.ts';
import { FormalCheckDocument } from './formal-check-document.tsx';
import { useFormalCheck } from './formal-check-store.ts';
import '../sheets/sheet-print.css';
import '../../print/printed-document.css';

/** The 形式审查结果表 to print and sign (审查人, 复核人): A4 landscape, printed by print:pdf in the app. */
export function FormalCheckPrintScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const check = useFormalCheck();
  useEffect(() => {
    // Opened from the 形式审查 screen the check is loaded already; opened by its address (F5), it is read here.
    const { reviewId: loaded, view, review } = useFormalCheck.getState();
    if (loaded !== reviewId || !view || !review) void useFormalCheck.getState().open(reviewId);
  }, [reviewId]);
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'formal-check', reviewId })}>{t('review.back')}</Button>;
  const failure = check.reviewId === reviewId ? (check.phase === 'failed' ? check.error : check.reviewError) : null;
  if (failure) return <Result status="error" title={t('app.loadFailed')} subTitle={failure} extra={back} />;
  if (check.reviewId !== reviewId || !check.view || !check.review) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  return (
    <>
      <PrintBar pdfFileName={`${reviewId}-形式审查结果表.pdf`} label={t('formalCheck.print')} onBack={() => show({ kind: 'formal-check', reviewId })} />
      <FormalCheckDocument view={check.view} review={check.review} />
    </>
  );
}
