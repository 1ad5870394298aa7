import { App, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { canConfirmDelete, deletionLines } from './review-actions-state.ts';
import { useReviewActions } from './review-actions-store.ts';

/** Asks before a review is deleted: names what goes, and takes the review's title typed again as the confirmation. */
export function DeleteReviewModal({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dialog = useReviewActions((s) => s.deleting);
  const actions = useReviewActions.getState();
  const confirm = () =>
    void actions.confirmDelete().then(
      (title) => {
        if (title === null) return;
        void message.success(t('home.deleted', { title }));
        onDeleted();
      },
      (error: unknown) => void message.error(errorText(error, t)),
    );
  if (dialog === null) return null;
  const lines = deletionLines(dialog.deletion);
  return (
    <Modal
      open
      title={t('home.deleteTitle')}
      okText={t('home.deleteConfirm')}
      okButtonProps={{ danger: true, disabled: !canConfirmDelete(dialog), loading: dialog.busy, 'data-testid': 'delete-review-confirm' } as ButtonProps}
      onOk={confirm}
      onCancel={() => actions.cancelDelete()}
    >
      <Typography.Paragraph>{t('home.deleteWarning', { title: dialog.deletion.title })}</Typography.Paragraph>
      {lines.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('home.nothingElse')}</Typography.Paragraph>
      ) : (
        <ul data-testid="delete-review-lines">
          {lines.map((line) => <li key={line.key}>{t(`reviewDeletion.${line.key}`, { count: line.count })}</li>)}
        </ul>
      )}
      <Typography.Paragraph>{t('home.deleteType')} <Typography.Text strong copyable={false}>{dialog.deletion.title}</Typography.Text></Typography.Paragraph>
      <Input
        autoFocus
        value={dialog.typed}
        onChange={(e) => actions.type(e.target.value)}
        onPressEnter={confirm}
        data-testid="delete-review-title"
      />
    </Modal>
  );
}
