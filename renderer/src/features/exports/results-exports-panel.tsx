import { AuditOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';
import { errorText } from '../../api/error-text.ts';
import { useAppStore } from '../app/app-store.ts';
import { useExports } from './exports-store.ts';
import type { ResultsDocument } from '../app/app-state.ts';

const printable: readonly ResultsDocument[] = ['summary', 'recommendation', 'notice', 'feedback'];

/** The merge screen's exports: the printable pages, one Excel file per category (the whole review's is the merge screen's own button), the audit log. */
export function ResultsExportsPanel({ reviewId, view }: { reviewId: string; view: MergeView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const show = useAppStore((s) => s.show);
  const busy = useExports((s) => s.busy);
  const none = view.report.counted.length === 0;
  const perCategory = () =>
    void useExports.getState().exportPerCategory(reviewId, view.report.categories.map((c) => c.id)).catch((e: unknown) => void message.error(errorText(e, t)));
  const auditLog = (format: 'jsonl' | 'xlsx') =>
    void useExports.getState().exportAudit(format).then(
      (file) => void message.success(t('exports.auditExported', { rows: file.rows, hash: (file.lastHash ?? '—').slice(0, 16) })),
      (e: unknown) => void message.error(errorText(e, t)),
    );
  return (
    <Space wrap data-testid="results-exports">
      <Button icon={<FileExcelOutlined />} disabled={none} loading={busy} onClick={perCategory} data-testid="export-xlsx-per-category">{t('exports.xlsxPerCategory')}</Button>
      {printable.map((document) => (
        <Button key={document} icon={<PrinterOutlined />} disabled={none} onClick={() => show({ kind: 'results-print', reviewId, document })} data-testid={`print-${document}`}>
          {t('exports.printDocument', { name: t(`exports.documents.${document}`) })}
        </Button>
      ))}
      <Button icon={<AuditOutlined />} onClick={() => auditLog('jsonl')} data-testid="export-audit-jsonl">{t('exports.auditJsonl')}</Button>
      <Button icon={<AuditOutlined />} onClick={() => auditLog('xlsx')} data-testid="export-audit-xlsx">{t('exports.auditXlsx')}</Button>
    </Space>
  );
}
