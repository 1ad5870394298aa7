import { AuditOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';
import { call } from '../../api/client.ts';
import { downloadBase64 } from '../../api/download-output.ts';
import { messageOf } from '../../api/error-message.ts';
import { useAppStore } from '../../stores/app-store.ts';
import type { ResultsDocument } from '../../stores/app-state.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const printable: readonly ResultsDocument[] = ['summary', 'recommendation', 'notice', 'feedback'];

/** The merge screen's exports: the printable pages, one Excel file per category (the whole review's is the merge screen's own button), the audit log. */
export function ResultsExportsPanel({ reviewId, view }: { reviewId: string; view: MergeView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const show = useAppStore((s) => s.show);
  const [busy, setBusy] = useState(false);
  const none = view.report.counted.length === 0;
  const perCategory = async () => {
    setBusy(true);
    try {
      for (const category of view.report.categories) {
        const file = await call('merge:export-xlsx', { reviewId, categoryId: category.id });
        downloadBase64(file.fileName, file.base64, XLSX_TYPE);
      }
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const auditLog = async (format: 'jsonl' | 'xlsx') => {
    try {
      const file = await call('audit:export', { format });
      downloadBase64(file.fileName, file.base64, format === 'jsonl' ? 'application/jsonl' : XLSX_TYPE);
      void message.success(t('exports.auditExported', { rows: file.rows, hash: (file.lastHash ?? '—').slice(0, 16) }));
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  return (
    <Space wrap data-testid="results-exports">
      <Button icon={<FileExcelOutlined />} disabled={none} loading={busy} onClick={() => void perCategory()} data-testid="export-xlsx-per-category">{t('exports.xlsxPerCategory')}</Button>
      {printable.map((document) => (
        <Button key={document} icon={<PrinterOutlined />} disabled={none} onClick={() => show({ kind: 'results-print', reviewId, document })} data-testid={`print-${document}`}>
          {t('exports.printDocument', { name: t(`exports.documents.${document}`) })}
        </Button>
      ))}
      <Button icon={<AuditOutlined />} onClick={() => void auditLog('jsonl')} data-testid="export-audit-jsonl">{t('exports.auditJsonl')}</Button>
      <Button icon={<AuditOutlined />} onClick={() => void auditLog('xlsx')} data-testid="export-audit-xlsx">{t('exports.auditXlsx')}</Button>
    </Space>
  );
}
