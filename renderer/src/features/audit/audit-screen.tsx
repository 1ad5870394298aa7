import { ArrowLeftOutlined, FileExcelOutlined, FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Result, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/domain/audit-view.ts';
import { chinaTimeText } from '../../../../shared/text/china-time-text.ts';
import { errorText } from '../../api/error-text.ts';
import { useErrorToast } from '../../components/use-error-toast.ts';
import { useAppStore } from '../app/app-store.ts';
import { useAudit } from './audit-store.ts';

/** A row's detail in one line: its members as `key: value`, nested values as JSON. */
function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('；');
}

/** The audit log (审计日志): every step taken on this computer, filtered, paged, its hash chain checked, exported. */
export function AuditScreen({ reviewId }: { reviewId: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const show = useAppStore((s) => s.show);
  const goHome = useAppStore((s) => s.goHome);
  const reviews = useAppStore((s) => s.reviews);
  const audit = useAudit();
  useEffect(() => void useAudit.getState().open(reviewId), [reviewId]);
  const { filters, load, chain } = audit;
  const page = load.value;
  const actionText = (action: string) => t(`audit.actions.${action}`, { defaultValue: action });
  const kindText = (kind: string) => t(`audit.kinds.${kind}`, { defaultValue: kind });
  const exportLog = (format: 'jsonl' | 'xlsx') =>
    void audit.exportLog(format).then((file) => void message.success(t('audit.exported', { rows: file.rows, hash: (file.lastHash ?? '—').slice(0, 16) })), toast);
  const back = () => (reviewId ? show({ kind: 'review', reviewId }) : goHome());
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="audit-screen">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={back}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('audit.title')}</Typography.Title>
      </Space>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Space wrap>
        <Select
          style={{ width: 300 }}
          value={filters.reviewId ?? ''}
          onChange={(value: string) => void audit.filter({ reviewId: value || null })}
          options={[{ value: '', label: t('audit.allReviews') }, ...reviews.map((r) => ({ value: r.id, label: r.title }))]}
          aria-label={t('audit.allReviews')}
          data-testid="audit-review"
        />
        <Select
          style={{ minWidth: 180 }}
          value={filters.kind ?? ''}
          onChange={(value: string) => void audit.filter({ kind: value || null })}
          options={[{ value: '', label: t('audit.allKinds') }, ...(page?.kinds ?? []).map((k) => ({ value: k.kind, label: t('audit.kindCount', { kind: kindText(k.kind), count: k.count }) }))]}
          aria-label={t('audit.allKinds')}
          data-testid="audit-kind"
        />
        <Input.Search
          style={{ width: 220 }}
          allowClear
          placeholder={t('audit.search')}
          defaultValue={filters.text}
          onSearch={(text) => void audit.filter({ text })}
          data-testid="audit-text"
        />
        <Space size={4}>
          <Typography.Text type="secondary">{t('audit.from')}</Typography.Text>
          <Input type="date" style={{ width: 150 }} aria-label={t('audit.from')} value={filters.from ?? ''} onChange={(e) => void audit.filter({ from: e.target.value || null })} data-testid="audit-from" />
          <Typography.Text type="secondary">{t('audit.to')}</Typography.Text>
          <Input type="date" style={{ width: 150 }} aria-label={t('audit.to')} value={filters.to ?? ''} onChange={(e) => void audit.filter({ to: e.target.value || null })} data-testid="audit-to" />
        </Space>
      </Space>
      <Space wrap>
        <Button icon={<SafetyCertificateOutlined />} loading={chain.phase === 'checking'} onClick={() => void audit.verify()} data-testid="audit-verify">{t('audit.verify')}</Button>
        <Button icon={<FileTextOutlined />} onClick={() => exportLog('jsonl')} data-testid="audit-export-jsonl">{t('audit.exportJsonl')}</Button>
        <Button icon={<FileExcelOutlined />} onClick={() => exportLog('xlsx')} data-testid="audit-export-xlsx">{t('audit.exportXlsx')}</Button>
      </Space>
      {chain.phase === 'done' && chain.value && (
        <Alert
          showIcon
          type={chain.value.broken ? 'error' : 'success'}
          data-testid="audit-chain"
          message={
            chain.value.broken
              ? t('audit.chainBroken', { seq: chain.value.broken.seq, message: chain.value.broken.message })
              : chain.value.rows === 0
                ? t('audit.chainEmpty')
                : t('audit.chainWhole', { rows: chain.value.rows, hash: chain.value.lastHash ?? '' })
          }
        />
      )}
      {chain.phase === 'failed' && <Alert showIcon type="error" message={errorText(chain.error, t)} />}
      {load.phase === 'failed' ? (
        <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />
      ) : (
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          loading={load.phase === 'loading'}
          dataSource={page?.entries ?? []}
          locale={{ emptyText: t('audit.empty') }}
          data-testid="audit-table"
          pagination={{
            current: audit.page,
            pageSize: audit.pageSize,
            total: page?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200],
            showTotal: (total) => t('audit.total', { total }),
            onChange: (next, size) => void audit.showPage(next, size),
          }}
          columns={[
            { title: t('audit.columns.seq'), dataIndex: 'seq', width: 80 },
            { title: t('audit.columns.at'), dataIndex: 'at', width: 170, render: (at: string) => chinaTimeText(at) },
            {
              title: t('audit.columns.action'),
              dataIndex: 'action',
              width: 200,
              render: (action: string) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text>{actionText(action)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{action}</Typography.Text>
                </Space>
              ),
            },
            { title: t('audit.columns.subject'), dataIndex: 'subject', width: 180 },
            { title: t('audit.columns.detail'), dataIndex: 'detail', render: (detail: Record<string, unknown>) => <Typography.Text style={{ fontSize: 12, wordBreak: 'break-all' }}>{detailText(detail)}</Typography.Text> },
            { title: t('audit.columns.hash'), dataIndex: 'hash', width: 130, render: (hash: string) => <Typography.Text code title={hash}>{hash.slice(0, 12)}</Typography.Text> },
          ]}
        />
      )}
    </Space>
  );
}
