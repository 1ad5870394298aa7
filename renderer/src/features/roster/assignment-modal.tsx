import { WarningOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Modal, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail, SubmissionSummary } from '../../../../shared/domain/review.ts';
import type { RosterExpert } from '../../../../shared/domain/trust-views.ts';
import { assignmentSummary } from '../../../../shared/roster/assignment-summary.ts';

/**
 * Which applications an expert scores, and the conflicts (回避) the coordinator knows of, with reasons.
 * Each application shows its field, and a warning where it is the expert's own organisation.
 */
export function AssignmentModal(props: {
  expert: RosterExpert;
  review: Pick<ReviewDetail, 'fields' | 'submissions'>;
  onAssign: (submissionIds: string[]) => void;
  onConflict: (submissionId: string, reason: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { expert } = props;
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const assigned = new Set(expert.submissionIds);
  const conflictOf = (id: string) => expert.conflicts.find((c) => c.submissionId === id);
  const { submissions } = props.review;
  const overlaps = new Map(assignmentSummary(expert, props.review).overlaps.map((o) => [o.submissionId, o.institutions]));
  const fieldName = (id: string) => props.review.fields.find((f) => f.id === id)?.name ?? id;
  const toggle = (id: string, on: boolean) => props.onAssign(submissions.map((s) => s.id).filter((s) => (s === id ? on : assigned.has(s))));
  return (
    <Modal open width={820} title={t('roster.assignTitle', { name: expert.name })} footer={<Button onClick={props.onClose}>{t('roster.close')}</Button>} onCancel={props.onClose}>
      <Table<SubmissionSummary>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...submissions]}
        columns={[
          {
            title: t('roster.assigned'),
            key: 'assigned',
            width: 70,
            render: (_, s) => <Checkbox checked={assigned.has(s.id)} disabled={conflictOf(s.id) !== undefined} onChange={(e) => toggle(s.id, e.target.checked)} data-testid={`assign-${s.id}`} />,
          },
          { title: t('roster.expertFields'), key: 'field', width: 110, render: (_, s) => fieldName(s.fieldId) },
          {
            title: t('review.applicant'),
            key: 'applicant',
            render: (_, s) => {
              const same = overlaps.get(s.id);
              return (
                <Space size={4} wrap>
                  {s.applicant}
                  {same && (
                    <Tooltip title={t('roster.sameOrganisationHint', { organisation: expert.organisation, names: same.join('、') })}>
                      <Tag color="red" icon={<WarningOutlined />} data-testid={`same-organisation-${s.id}`}>{t('roster.sameOrganisation')}</Tag>
                    </Tooltip>
                  )}
                </Space>
              );
            },
          },
          {
            title: t('roster.conflict'),
            key: 'conflict',
            width: 360,
            render: (_, s) => {
              const conflict = conflictOf(s.id);
              if (conflict) {
                return (
                  <Space>
                    <Tag color="orange">{conflict.reason}</Tag>
                    <Button size="small" onClick={() => props.onConflict(s.id, null)}>{t('roster.withdrawConflict')}</Button>
                  </Space>
                );
              }
              const reason = reasons[s.id] ?? '';
              return (
                <Space.Compact style={{ width: '100%' }}>
                  <Input size="small" placeholder={t('roster.conflictReason')} value={reason} onChange={(e) => setReasons({ ...reasons, [s.id]: e.target.value })} maxLength={500} />
                  <Button size="small" disabled={reason.trim() === ''} onClick={() => props.onConflict(s.id, reason.trim())}>{t('roster.recordConflict')}</Button>
                </Space.Compact>
              );
            },
          },
        ]}
      />
    </Modal>
  );
}
