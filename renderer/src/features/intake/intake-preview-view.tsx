import { Alert, Button, Card, Descriptions, Select, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePreview } from '../../../../shared/intake/intake-preview.ts';
import { applicationViews, categoryOf, destinationsOf, roleOf, type IntakeRole, type IntakeState } from './intake-state.ts';
import type { MoveChoice } from './intake-file-table.tsx';
import { IntakeFileTable } from './intake-file-table.tsx';

// An alert listing items, shown only when there are any.
function ListAlert({ type, title, testId, items }: { type: 'warning' | 'error'; title: string; testId: string; items: readonly { key: string; content: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <Alert
      type={type}
      showIcon
      message={title}
      data-testid={testId}
      description={
        <ul className="ps-plain-list">
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The preview before anything is stored: per application its field, schools and files; what is refused, left out or to confirm; 确认导入. */
export function IntakePreviewView(props: {
  preview: IntakePreview;
  state: IntakeState;
  /** The review's fields, for the field of each application. */
  categories: readonly { readonly id: string; readonly name: string }[];
  onCategory: (applicationKey: string, categoryId: string) => void;
  onRole: (sourcePath: string, role: IntakeRole) => void;
  onMove: (sourcePath: string, applicationKey: string | null) => void;
  onUndoMove: (sourcePath: string) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { preview, state } = props;
  const committing = state.phase === 'committing';
  const { applications, unassigned } = applicationViews(preview, state.moves);
  const fileRole = (f: IntakePreview['files'][number]) => roleOf(state, f);
  // Any file can be moved: to another application, out of the import, or back where the preview put it.
  const move: MoveChoice = {
    applications: preview.applications.map((a) => ({ key: a.key, label: a.applicant })),
    destinationsOf: (f) => destinationsOf(state.moves, f),
    onMove: props.onMove,
    onUndo: props.onUndoMove,
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="intake-preview">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('intake.previewTitle', { applications: applications.length, files: preview.files.length })}</Typography.Title>
        <Space>
          <Button onClick={props.onCancel} disabled={committing}>{t('intake.cancel')}</Button>
          <Button type="primary" onClick={props.onCommit} loading={committing} disabled={applications.length === 0} data-testid="intake-commit">{t('intake.commit')}</Button>
        </Space>
      </Space>
      <ListAlert
        type="warning"
        title={t('intake.ambiguitiesTitle')}
        testId="intake-ambiguities"
        items={preview.ambiguities.map((a) => ({
          key: `${a.kind}:${a.subject}`,
          content: <>{a.message} <Typography.Text type="secondary">{t('intake.proposed', { value: a.proposed })}</Typography.Text></>,
        }))}
      />
      <ListAlert
        type="error"
        title={t('intake.refusedTitle')}
        testId="intake-refused"
        items={preview.refused.map((r) => ({ key: r.path, content: <><Typography.Text strong>{r.path}</Typography.Text>：{r.reason}</> }))}
      />
      {applications.map(({ application, files }) => (
        <Card
          key={application.key}
          size="small"
          data-testid={`intake-application-${application.applicant}`}
          title={
            <Space wrap>
              <span>{application.applicant}</span>
              <Tag color={application.existingSubmissionId ? 'orange' : 'green'}>{application.existingSubmissionId ? t('intake.supplement') : t('intake.newApplication')}</Tag>
            </Space>
          }
        >
          <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
            <Descriptions.Item label={t('intake.category')}>
              <div data-testid={`intake-category-${application.applicant}`}>
                <Select<string>
                  size="small"
                  value={categoryOf(state, application) || undefined}
                  placeholder={t('intake.categoryUnknown')}
                  disabled={committing}
                  style={{ minWidth: 180 }}
                  onChange={(value) => props.onCategory(application.key, value)}
                  options={props.categories.map((c) => ({ value: c.id, label: c.name }))}
                  aria-label={`${t('intake.category')} ${application.applicant}`}
                />
              </div>
            </Descriptions.Item>
            <Descriptions.Item label={t('intake.lead')}>{application.applicant}</Descriptions.Item>
            <Descriptions.Item label={t('intake.partners')}>{application.partners.length > 0 ? application.partners.join('、') : t('intake.partnersNone')}</Descriptions.Item>
          </Descriptions>
          <IntakeFileTable files={files} roleOf={fileRole} onRole={props.onRole} disabled={committing} move={move} />
        </Card>
      ))}
      {unassigned.length > 0 && (
        <Card size="small" title={t('intake.unassignedTitle')} extra={<Typography.Text type="secondary">{t('intake.unassignedHint')}</Typography.Text>} data-testid="intake-unassigned">
          <IntakeFileTable
            files={unassigned}
            roleOf={fileRole}
            onRole={props.onRole}
            disabled={committing}
            move={move}
          />
        </Card>
      )}
    </Space>
  );
}
