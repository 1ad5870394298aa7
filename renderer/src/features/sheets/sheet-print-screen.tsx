import { Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { SheetDocument } from './sheet-document.tsx';
import { PrintBar } from '../../print/print-bar.tsx';
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
  if (load.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />;
  if (!data) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  return (
    <>
      <PrintBar pdfFileName={printFileName(data.view)} label={t('sheets.print')} onBack={() => show({ kind: 'consistency', reviewId })} />
      <SheetDocument view={data.view} review={data.review} program={data.program} />
    </>
  );
}
