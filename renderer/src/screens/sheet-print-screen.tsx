import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../shared/domain/program.ts';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import type { SheetView } from '../../../shared/domain/trust-views.ts';
import { call } from '../api/client.ts';
import { SheetDocument } from '../components/trust/sheet-document.tsx';
import { usePrintPage } from '../components/trust/use-print-page.ts';
import { useAppStore } from '../stores/app-store.ts';
import './sheet-print.css';

/** The printable score sheet of one signed version: A4, for the handwritten signature beside the digital one. */
export function SheetPrintScreen({ reviewId, version }: { reviewId: string; version: number }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const [data, setData] = useState<{ view: SheetView; review: ReviewDetail; program: Program } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([call('sheets:get', { reviewId, version }), call('reviews:get', { reviewId }), call('scoring:program', { reviewId })]).then(
      ([view, review, program]) => setData({ view, review, program }),
      (e: unknown) => setError((e as Error).message),
    );
  }, [reviewId, version]);
  const { print, busy } = usePrintPage((data?.view.fileName ?? 'score-sheet').replace(/\.pingshen-sheet\.json$/, '') + '.pdf');
  if (error) return <Result status="error" title={t('app.loadFailed')} subTitle={error} />;
  if (!data) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  return (
    <>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'consistency', reviewId })}>{t('review.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-button">{t('trust.print')}</Button>
      </Space>
      <SheetDocument view={data.view} review={data.review} program={data.program} />
    </>
  );
}
