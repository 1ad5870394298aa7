import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewSummary } from '../../../../shared/domain/review.ts';
import { errorText } from '../../api/error-text.ts';
import { FingerprintText } from '../identity/fingerprint-text.tsx';
import { useSigningKey } from '../identity/unlock-modal.tsx';
import { useReviewActions } from './review-actions-store.ts';

/** A review's 更多 menu on the home screen: export a backup (signed: the key is unlocked first), archive or take back, delete (asks first). */
export function ReviewActions({ review, onChanged }: { review: ReviewSummary; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const signing = useSigningKey();
  const busy = useReviewActions((s) => s.busy);
  const run = (work: () => Promise<unknown>, done?: string) =>
    void work().then(
      () => {
        if (done !== undefined) void message.success(done);
        onChanged();
      },
      (error: unknown) => void message.error(errorText(error, t)),
    );
  // Each item names its review in a test id: a menu still fading out after a choice must not be taken for the next one.
  const label = (key: string, text: string) => <span data-testid={`review-action-${key}-${review.id}`}>{text}</span>;
  const items = [
    { key: 'backup', label: label('backup', t('home.exportBackup')) },
    { key: 'archive', label: label('archive', review.archivedAt === null ? t('home.archive') : t('home.unarchive')) },
    { type: 'divider' as const },
    { key: 'delete', label: label('delete', t('home.delete')), danger: true },
  ];
  const onClick = ({ key }: { key: string }) => {
    const actions = useReviewActions.getState();
    // The fingerprint stays on screen: the other computer's import shows one to compare with it.
    const exported = (fingerprint: string) =>
      void modal.success({
        title: t('home.exportedTitle'),
        width: 560,
        content: (
          <div data-testid="backup-exported">
            <p>{t('home.exported', { title: review.title })}</p>
            <p>{t('home.exportedFingerprint')}</p>
            <FingerprintText value={fingerprint} testId="backup-exported-fingerprint" />
          </div>
        ),
      });
    if (key === 'backup') void signing.ensure(() => run(() => actions.exportBackup(review.id).then(exported)));
    if (key === 'archive') run(() => actions.archive(review.id, review.archivedAt === null));
    if (key === 'delete') void actions.askDelete(review.id).catch((error: unknown) => void message.error(errorText(error, t)));
  };
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button loading={busy === review.id} data-testid={`review-more-${review.id}`}>
          {t('home.more')} <DownOutlined />
        </Button>
      </Dropdown>
      {signing.modal}
    </>
  );
}
