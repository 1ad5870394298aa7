import { Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeDecision, MergeReport } from '../../../../shared/domain/merge-view.ts';
import { decisionNeedsReason, decisions, suggestedDecision, type Decision } from '../../../../shared/merge/decisions.ts';

type Standing = MergeReport['categories'][number]['ranking'][number]['standing'];

/**
 * The coordinator's decision for one application: the ranking's suggestion is taken as it is; a
 * departure (or a tie across the quota line) first asks for the reason, which the audit log keeps.
 */
export function DecisionSelect(props: {
  submissionId: string;
  standing: Standing;
  recorded: MergeDecision | undefined;
  /** The category's list is final: the decision is shown, not changed. */
  disabled: boolean;
  onDecide: (decision: Decision | null, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const suggested = suggestedDecision(props.standing);
  const choose = (decision: Decision | null) => {
    if (decision !== null && decisionNeedsReason(props.standing, decision)) {
      setReason(props.recorded?.decision === decision ? props.recorded.reason : '');
      setAsking(decision);
    } else void props.onDecide(decision, '');
  };
  const confirm = async () => {
    if (asking === null || reason.trim() === '') return;
    if (await props.onDecide(asking, reason.trim())) setAsking(null);
  };
  return (
    <Space direction="vertical" size={2}>
      <Select<Decision | null>
        size="small"
        style={{ width: 120 }}
        value={props.recorded?.decision ?? null}
        disabled={props.disabled}
        placeholder={suggested ? t('merge.suggested', { decision: t(`merge.decisions.${suggested}`) }) : t('merge.noSuggestion')}
        onChange={choose}
        allowClear={!props.disabled}
        onClear={() => choose(null)}
        options={decisions.map((d) => ({ value: d, label: t(`merge.decisions.${d}`) }))}
        data-testid={`decision-${props.submissionId}`}
      />
      {props.recorded?.reason && <Typography.Text type="secondary" data-testid={`decision-reason-${props.submissionId}`}>{props.recorded.reason}</Typography.Text>}
      <Modal
        open={asking !== null}
        title={t('merge.reasonTitle')}
        okText={t('merge.confirmDecision')}
        cancelText={t('merge.cancel')}
        okButtonProps={{ disabled: reason.trim() === '', 'data-testid': 'decision-reason-ok' }}
        onOk={() => void confirm()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {suggested === null ? t('merge.reasonHintTie') : t('merge.reasonHint', { suggested: t(`merge.decisions.${suggested}`) })}
        </Typography.Paragraph>
        <Input.TextArea
          autoFocus
          rows={3}
          maxLength={500}
          value={reason}
          placeholder={t('merge.reasonPlaceholder')}
          onChange={(e) => setReason(e.target.value)}
          data-testid="decision-reason-input"
        />
        {reason.trim() === '' && <Typography.Text type="secondary">{t('merge.reasonRequired')}</Typography.Text>}
      </Modal>
    </Space>
  );
}
