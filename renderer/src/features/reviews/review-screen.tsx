import { ArrowLeftOutlined, AuditOutlined, CalculatorOutlined, EditOutlined, HistoryOutlined, ImportOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionSummary } from '../../../../shared/domain/review.ts';
import { useAppStore } from '../app/app-store.ts';

/** One review: its program facts and, per field, the applications. */
export function ReviewScreen() {
  const { t } = useTranslation();
  const review = useAppStore((s) => s.currentReview);
  const goHome = useAppStore((s) => s.goHome);
  const show = useAppStore((s) => s.show);
  const role = useAppStore((s) => s.settings.role);
  if (!review) return <Typography.Text>{t('review.notFound')}</Typography.Text>;
  const columns = [
    { title: t('review.applicant'), dataIndex: 'applicant', key: 'applicant' },
    { title: t('review.projectTitle'), dataIndex: 'title', key: 'title' },
    { title: t('review.applicantType'), dataIndex: 'applicantType', key: 'type' },
    { title: t('review.partners'), dataIndex: 'partners', key: 'partners', render: (partners: string[]) => partners.join('、') },
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={goHome}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{review.title}</Typography.Title>
        <Button type="primary" icon={<EditOutlined />} onClick={() => show({ kind: 'workspace', reviewId: review.id })}>{t('workspace.enter')}</Button>
        {role === 'coordinator' && (
          <Button icon={<ImportOutlined />} onClick={() => show({ kind: 'intake', reviewId: review.id })} data-testid="nav-intake">{t('intake.open')}</Button>
        )}
        {role === 'coordinator' && (
          <Button icon={<TeamOutlined />} onClick={() => show({ kind: 'experts', reviewId: review.id })} data-testid="nav-experts">{t('roster.expertsTitle')}</Button>
        )}
        {role === 'coordinator' && (
          <Button icon={<AuditOutlined />} onClick={() => show({ kind: 'formal-check', reviewId: review.id })} data-testid="nav-formal-check">{t('formalCheck.open')}</Button>
        )}
        {role === 'coordinator' && (
          <Button icon={<CalculatorOutlined />} onClick={() => show({ kind: 'merge', reviewId: review.id })} data-testid="nav-merge">{t('merge.open')}</Button>
        )}
        {role === 'coordinator' && (
          <Button icon={<HistoryOutlined />} onClick={() => show({ kind: 'audit', reviewId: review.id })} data-testid="nav-audit">{t('audit.open')}</Button>
        )}
      </Space>
      <Card>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('review.program')}>{review.programTitle}</Descriptions.Item>
          <Descriptions.Item label={t('review.documentNumber')}>{review.documentNumber}</Descriptions.Item>
          <Descriptions.Item label={t('review.deadline')}>{review.deadline}</Descriptions.Item>
          {review.organisation && <Descriptions.Item label={t('newReview.organisation')}>{review.organisation}</Descriptions.Item>}
          <Descriptions.Item label={t('formalCheck.stageLabel')}>{t(`formalCheck.stages.${review.stage}`)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Tabs
        items={review.fields.map((field) => ({
          key: field.id,
          label: field.name,
          children: (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag>{t('review.quota', { count: field.quota })}</Tag>
                <span>{t('review.leads')}: {field.leadInstitutions.join('、')}</span>
              </Space>
              <Table<SubmissionSummary>
                rowKey="id"
                pagination={false}
                columns={columns}
                dataSource={review.submissions.filter((s) => s.fieldId === field.id)}
              />
            </Space>
          ),
        }))}
      />
    </Space>
  );
}
