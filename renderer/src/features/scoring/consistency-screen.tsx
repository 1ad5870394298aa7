import { ArrowLeftOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsistencyLine } from '../../../../shared/domain/consistency.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { errorText } from '../../api/error-text.ts';
import { SignPanel } from '../sheets/sign-panel.tsx';
import { useAppStore } from '../app/app-store.ts';
import { unseenPageCount } from './consistency-state.ts';
import { useConsistency } from './consistency-store.ts';

/** The consistency review before signing: own ranking per field, spread, outliers, gaps. */
export function ConsistencyScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const load = useConsistency((s) => s.report);
  useEffect(() => {
    void useConsistency.getState().open(reviewId);
  }, [reviewId]);
  if (load.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />;
  const report = load.key === reviewId ? load.value : null;
  if (!report) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const open = (submissionId: string) => show({ kind: 'workspace', reviewId, submissionId });
  // A recused application has nothing left to do: no chips.
  const gaps = (l: ConsistencyLine) => l.status !== 'conflict' && (
    <Space size={4} wrap>
      {l.missingScores.length > 0 && <Tag color="red">{t('consistency.missingScores', { count: l.missingScores.length })}</Tag>}
      {l.missingComments.length > 0 && <Tag color="orange">{t('workspace.flagComments', { count: l.missingComments.length })}</Tag>}
      {l.unopenedDocuments.length > 0 && <Tag color="blue">{t('workspace.flagUnread', { count: l.unopenedDocuments.length })}</Tag>}
      {l.unseenPages.length > 0 && <Tag>{t('consistency.unseenPages', { count: unseenPageCount(l) })}</Tag>}
      {l.outlier && <Tag color="purple" icon={<WarningOutlined />}>{t('consistency.outlier', { z: l.z })}</Tag>}
    </Space>
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="consistency-report">
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'workspace', reviewId })}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('consistency.title')}</Typography.Title>
      </Space>
      <SignPanel reviewId={reviewId} report={report} />
      <Descriptions bordered size="small" column={4}>
        <Descriptions.Item label={t('consistency.mean')}>{report.mean === null ? '—' : formatPoints(report.mean)}</Descriptions.Item>
        <Descriptions.Item label={t('consistency.stdDev')}>{report.stdDev === null ? '—' : formatPoints(report.stdDev)}</Descriptions.Item>
        <Descriptions.Item label={t('consistency.min')}>{report.min === null ? '—' : formatPoints(report.min)}</Descriptions.Item>
        <Descriptions.Item label={t('consistency.max')}>{report.max === null ? '—' : formatPoints(report.max)}</Descriptions.Item>
      </Descriptions>
      {report.fields.map((field) => (
        <Card key={field.fieldId} size="small" title={field.name}>
          <Table<ConsistencyLine>
            size="small"
            pagination={false}
            rowKey="submissionId"
            dataSource={field.ranked}
            columns={[
              { title: t('consistency.rank'), key: 'rank', width: 60, render: (_, l) => (l.rank === null ? '—' : l.tied ? `${l.rank} (${t('consistency.tied')})` : l.rank) },
              { title: t('review.applicant'), key: 'applicant', render: (_, l) => <a onClick={() => open(l.submissionId)}>{l.applicant}</a> },
              { title: t('preview.total'), key: 'total', width: 90, render: (_, l) => (l.status === 'conflict' ? t('workspace.status.conflict') : formatPoints(l.total)) },
              { title: t('consistency.status'), key: 'status', width: 90, render: (_, l) => t(`workspace.status.${l.status}`) },
              { title: t('consistency.gaps'), key: 'gaps', render: (_, l) => gaps(l) },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
