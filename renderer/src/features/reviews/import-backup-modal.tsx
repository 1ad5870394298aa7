import { Alert, App, Descriptions, Modal, Space, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewBackupPreview } from '../../../../shared/domain/review-backup.ts';
import { errorText } from '../../api/error-text.ts';
import { FingerprintText } from '../identity/fingerprint-text.tsx';
import { useReviewActions } from './review-actions-store.ts';

/** What the user is asked to check about who signed the backup: this computer's key, another's fingerprint, or none. */
function SignerNotice({ preview }: { preview: ReviewBackupPreview }) {
  const { t } = useTranslation();
  if (preview.signer === null) return <Alert type="warning" showIcon message={t('home.backupUnsigned')} description={t('home.backupUnsignedHint')} data-testid="backup-unsigned" />;
  if (preview.signer.own) return <Alert type="success" showIcon message={t('home.backupOwnKey')} data-testid="backup-own-key" />;
  return <Alert type="warning" showIcon message={t('home.backupOtherKey')} description={t('home.backupOtherKeyHint')} data-testid="backup-other-key" />;
}

/** Asks before a backup is imported: which review, when, and who signed it, with the fingerprint to compare with the exporting computer's. */
export function ImportBackupModal({ onImported }: { onImported: (title: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dialog = useReviewActions((s) => s.importing);
  const actions = useReviewActions.getState();
  if (dialog === null) return null;
  const { preview } = dialog;
  const confirm = () =>
    void actions.confirmImport().then(
      (review) => review !== null && onImported(review.title),
      (error: unknown) => void message.error(errorText(error, t)),
    );
  return (
    <Modal
      open
      width={620}
      title={t('home.importBackupTitle')}
      okText={preview.signer === null || !preview.signer.own ? t('home.importBackupChecked') : t('home.importBackupConfirm')}
      okButtonProps={{ loading: dialog.busy, 'data-testid': 'import-backup-confirm' } as ButtonProps}
      onOk={confirm}
      onCancel={() => actions.cancelImport()}
      maskClosable={false}
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="backup-preview">
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('home.backupReview')}>{preview.title}</Descriptions.Item>
          <Descriptions.Item label={t('home.backupExportedAt')}>{new Date(preview.exportedAt).toLocaleString()}</Descriptions.Item>
          <Descriptions.Item label={t('home.backupDocuments')}>{preview.documents}</Descriptions.Item>
          {preview.signer !== null && (
            <>
              <Descriptions.Item label={t('home.backupSigner')}>{preview.signer.organisation === '' ? preview.signer.name : `${preview.signer.name}（${preview.signer.organisation}）`}</Descriptions.Item>
              <Descriptions.Item label={t('home.backupFingerprint')}><FingerprintText value={preview.signer.fingerprint} testId="backup-fingerprint" /></Descriptions.Item>
            </>
          )}
        </Descriptions>
        <SignerNotice preview={preview} />
        <Typography.Text type="secondary">{t('home.backupAllOrNothing')}</Typography.Text>
      </Space>
    </Modal>
  );
}
