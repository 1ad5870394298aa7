import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { SheetDocument } from './sheet-document.tsx';
import { usePrintPage } from '../../print/use-print-page.ts';
import { useAppStore } from '../app/app-store.ts';
import { printFileName, printKey } from './sheets-state.ts';
import { useSheets } from './sheets-store.ts';
import './sheet-print.css';

/** The printable score sheet of one signed version: A4, for the handwritten signature beside the digital one. */
export function SheetPrintScreen({ reviewId, version }: { reviewId: string; version: number }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const load = useSheets((s) => s.print);
  useEffect(() => {
    void useSheets.getState().openPrint(reviewId, version);
  }, [reviewId, version]);
  const data = load.key === printKey(reviewId, version) ? load.value : null;
  const { print, busy } = usePrintPage(printFileName(data?.view ?? null));
  if (load.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />;
  if (!data) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  return (
    <>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'consistency', reviewId })}>{t('review.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-button">{t('sheets.print')}</Button>
      </Space>
      <SheetDocument view={data.view} review={data.review} program={data.program} />
    </>
  );
}
