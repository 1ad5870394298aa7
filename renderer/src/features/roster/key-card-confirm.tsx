import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyCardInfo } from '../../../../shared/domain/trust-views.ts';
import { FingerprintText } from '../identity/fingerprint-text.tsx';

/**
 * Shows a verified key card before its key is enrolled: the coordinator compares the fingerprint with
 * the expert (in person, by phone) and confirms. A valid card proves only possession of the key.
 */
export function KeyCardConfirm({ card, expertName, onConfirm, onCancel }: { card: KeyCardInfo; expertName: string | null; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('roster.confirmKeyTitle')} okText={t('roster.confirmKey')} onOk={onConfirm} onCancel={onCancel} okButtonProps={{ 'data-testid': 'confirm-key' }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('roster.cardName')}>{card.expertName}</Descriptions.Item>
        <Descriptions.Item label={t('identity.organisation')}>{card.organisation || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('identity.fingerprint')}><FingerprintText value={card.fingerprint} testId="card-fingerprint" /></Descriptions.Item>
        <Descriptions.Item label={t('roster.cardCreated')}>{card.createdAt.slice(0, 10)}</Descriptions.Item>
      </Descriptions>
      {expertName !== null && expertName !== card.expertName && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t('roster.cardNameDiffers', { name: expertName })} />}
      <Typography.Paragraph style={{ marginTop: 12 }}>{t('roster.confirmKeyHint')}</Typography.Paragraph>
    </Modal>
  );
}
