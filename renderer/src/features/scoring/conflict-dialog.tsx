import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks for the reason of a conflict of interest (回避) before locking the submission. */
export function ConflictDialog({ open, applicant, onDeclare, onCancel }: { open: boolean; applicant: string; onDeclare: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={open}
      title={t('workspace.declareConflictTitle', { applicant })}
      okText={t('workspace.declareConflict')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', id: 'conflict-confirm' }}
      onOk={() => {
        onDeclare(reason.trim());
        setReason('');
      }}
      onCancel={onCancel}
    >
      <Typography.Paragraph>{t('workspace.conflictHint')}</Typography.Paragraph>
      <Input.TextArea autoFocus value={reason} maxLength={500} showCount data-testid="conflict-reason" placeholder={t('workspace.conflictReason')} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
