import { AuditOutlined, ImportOutlined, PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickFile } from '../../api/file-transfer.ts';
import { errorText } from '../../api/error-text.ts';
import { ReviewList } from '../reviews/review-list.tsx';
import { DeleteReviewModal } from '../reviews/delete-review-modal.tsx';
import { ImportBackupModal } from '../reviews/import-backup-modal.tsx';
import { ReviewActions } from '../reviews/review-actions.tsx';
import { NewReviewModal } from '../reviews/new-review-modal.tsx';
import { OpenPackageButton } from '../packages/open-package.tsx';
import { RoleCard } from './role-card.tsx';
import { useAppStore } from './app-store.ts';
import { useNewReview } from '../reviews/new-review-store.ts';
import { splitArchived } from '../reviews/review-actions-state.ts';
import { useReviewActions } from '../reviews/review-actions-store.ts';

/** The home screen: choose a role, see the reviews on this computer. */
export function HomeScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useAppStore((s) => s.settings.role);
  const reviews = useAppStore((s) => s.reviews);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const openReview = useAppStore((s) => s.openReview);
  const show = useAppStore((s) => s.show);
  const start = useAppStore((s) => s.start);
  // An expert goes straight to scoring; a coordinator to the review's overview.
  const open = (id: string) => (role === 'expert' ? show({ kind: 'workspace', reviewId: id }) : void openReview(id));
  const importing = useReviewActions((s) => s.busy === 'import');
  const { active, archived } = splitArchived(reviews);
  const actions = (review: (typeof reviews)[number]) => <ReviewActions review={review} onChanged={() => void start()} />;
  // Read first, imported once the user accepts who signed it (ImportBackupModal).
  const importBackup = () =>
    void pickFile('.pingshen-review,application/zip').then(async (file) => {
      if (file === null) return;
      await useReviewActions.getState().inspectBackup(file).catch((error: unknown) => void message.error(errorText(error, t)));
    });
  return (
    <div data-testid="home-screen">
      <Typography.Title level={3}>{t('home.chooseRole')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.roleHint')}</Typography.Paragraph>
      <div className="ps-role-grid">
        <RoleCard
          testId="role-expert"
          title={t('role.expert')}
          hint={t('role.expertHint')}
          icon={<SolutionOutlined style={{ fontSize: 32, color: '#8c1d18' }} />}
          selected={role === 'expert'}
          onSelect={() => void updateSettings({ role: 'expert' })}
        />
        <RoleCard
          testId="role-coordinator"
          title={t('role.coordinator')}
          hint={t('role.coordinatorHint')}
          icon={<AuditOutlined style={{ fontSize: 32, color: '#8c1d18' }} />}
          selected={role === 'coordinator'}
          onSelect={() => void updateSettings({ role: 'coordinator' })}
        />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, marginTop: 32, marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('home.reviews')}</Typography.Title>
        {/* An expert receives the review as a signed package from the coordinator (USB stick, mail). */}
        {role === 'expert' && <OpenPackageButton onImported={() => void start()} />}
        {role === 'coordinator' && (
          <>
            <Button icon={<PlusOutlined />} onClick={() => void useNewReview.getState().start()} data-testid="new-review">{t('newReview.open')}</Button>
            <Button icon={<ImportOutlined />} loading={importing} onClick={importBackup} data-testid="import-backup">{t('home.importBackup')}</Button>
          </>
        )}
      </div>
      <ReviewList reviews={active} onOpen={open} actions={actions} />
      {archived.length > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          items={[{ key: 'archived', label: t('home.archivedList', { count: archived.length }), children: <ReviewList reviews={archived} onOpen={open} actions={actions} /> }]}
          data-testid="archived-reviews"
        />
      )}
      <DeleteReviewModal onDeleted={() => void start()} />
      <ImportBackupModal
        onImported={(title) => {
          void message.success(t('home.imported', { title }));
          void start();
        }}
      />
      <NewReviewModal
        onCreated={(reviewId, title) => {
          void message.success(t('newReview.created', { title }));
          // The list first, so that going back from the review shows it.
          void start().then(() => openReview(reviewId));
        }}
      />
    </div>
  );
}
