import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePrintPage } from './use-print-page.ts';

/** The controls above a printed document, never on paper: back, and 打印 (saved as `pdfFileName` in the app). */
export function PrintBar({ pdfFileName, label, onBack }: { pdfFileName: string; label: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { print, busy } = usePrintPage(pdfFileName);
  return (
    <Space className="no-print" style={{ marginBottom: 16 }}>
      <Button icon={<ArrowLeftOutlined />} onClick={onBack}>{t('review.back')}</Button>
      <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-button">{label}</Button>
    </Space>
  );
}
