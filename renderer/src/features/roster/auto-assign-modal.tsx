import { InputNumber, Modal, Radio, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks how many experts each application gets before the automatic assignment replaces the current one. */
export function AutoAssignModal({ panelSize, onCancel, onAssign }: { panelSize: number; onCancel: () => void; onAssign: (perApplication: number | null) => void }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(true);
  const [count, setCount] = useState(Math.min(5, Math.max(1, panelSize)));
  return (
    <Modal open title={t('roster.autoAssignTitle')} okText={t('roster.autoAssign')} onOk={() => onAssign(all ? null : count)} onCancel={onCancel} okButtonProps={{ 'data-testid': 'auto-assign-confirm' } as ButtonProps}>
      <Typography.Paragraph type="secondary">{t('roster.autoAssignHint')}</Typography.Paragraph>
      <Radio.Group value={all} onChange={(e) => setAll(e.target.value as boolean)}>
        <Space direction="vertical">
          <Radio value>{t('roster.autoAssignAll')}</Radio>
          <Radio value={false} data-testid="auto-assign-count-choice">
            <Space>
              {t('roster.autoAssignCount')}
              <InputNumber min={1} max={100} value={count} disabled={all} onChange={(v) => setCount(v ?? 1)} data-testid="auto-assign-count" />
            </Space>
          </Radio>
        </Space>
      </Radio.Group>
    </Modal>
  );
}
