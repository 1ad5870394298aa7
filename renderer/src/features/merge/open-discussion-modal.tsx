import { Checkbox, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../../shared/domain/merge-view.ts';
import { flagText } from './flag-text.ts';

type Application = MergeReport['categories'][number]['ranking'][number];

/** The experts a flag names (divergence's outliers, the deviating expert): asked by default. */
export function flaggedExperts(application: Application): string[] {
  return [...new Set(application.flags.flatMap((f) => (f.params.kind === 'divergence' ? f.params.outliers.map((o) => o.expertId) : f.params.kind === 'deviation' ? [f.params.expert.expertId] : [])))];
}

/**
 * 发起复议: the application's flags, its counted experts with their totals (those the flags name
 * ticked), and what the coordinator asks of them; the round's first state is stored with it.
 */
export function OpenDiscussionModal({ application, onOk, onCancel }: { application: Application; onOk: (expertIds: string[], note: string) => Promise<boolean>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [experts, setExperts] = useState<string[]>(() => flaggedExperts(application));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    if (experts.length === 0 || note.trim() === '') return;
    setBusy(true);
    try {
      if (await onOk(experts, note.trim())) onCancel();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('merge.discussion.openTitle', { applicant: application.applicant })}
      okText={t('merge.discussion.open')}
      onOk={() => void ok()}
      onCancel={onCancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: experts.length === 0 || note.trim() === '', 'data-testid': 'discussion-open-ok' }}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {application.flags.map((f, i) => <Typography.Text key={i} type="warning">{flagText(f.params, t)}</Typography.Text>)}
        <Typography.Text strong>{t('merge.discussion.experts')}</Typography.Text>
        <Checkbox.Group value={experts} onChange={(v) => setExperts(v)} data-testid="discussion-experts">
          <Space direction="vertical" size={2}>
            {application.experts.map((e) => (
              <Checkbox key={e.expertId} value={e.expertId} data-testid={`discussion-expert-${e.expertId}`}>{t('merge.discussion.expertTotal', { name: e.name, total: e.total })}</Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
        <Typography.Text strong>{t('merge.discussion.note')}</Typography.Text>
        <Input.TextArea rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('merge.discussion.notePlaceholder')} data-testid="discussion-note" />
        <Typography.Text type="secondary">{t('merge.discussion.openHint')}</Typography.Text>
      </Space>
    </Modal>
  );
}
