import { ArrowLeftOutlined, TagsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { AliasTableModal } from './alias-table-modal.tsx';
import { useAliasTable } from './alias-table-store.ts';
import { IntakeDropZone } from './intake-drop-zone.tsx';
import { IntakeOutcome } from './intake-outcome.tsx';
import { IntakePreviewView } from './intake-preview-view.tsx';
import { useEscapeBack } from '../../components/use-escape-back.ts';
import { useAppStore } from '../app/app-store.ts';
import { sizeText } from './intake-state.ts';
import { useIntake } from './intake-store.ts';

/** The coordinator's intake of the applicants' bundles: drop or choose, upload and read with progress, the preview to correct, 确认导入. */
export function IntakeScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const intake = useIntake();
  const openReview = useAppStore((s) => s.openReview);
  const show = useAppStore((s) => s.show);
  const review = intake.review;
  useEffect(() => useIntake.getState().open(reviewId), [reviewId]);
  const busy = intake.phase === 'uploading' || intake.phase === 'scanning';
  const back = useCallback(() => void openReview(reviewId), [openReview, reviewId]);
  // Esc stops a running upload or scan; otherwise it leaves the screen, but never throws a preview's edits away.
  useEscapeBack(useCallback(() => (busy ? void useIntake.getState().cancel() : intake.phase !== 'preview' && intake.phase !== 'committing' ? back() : undefined), [busy, intake.phase, back]));
  const categoryName = (id: string) => review?.fields.find((f) => f.id === id)?.name ?? id;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="intake-screen">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={back}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('intake.title')}</Typography.Title>
        {review && <Typography.Text type="secondary">{review.title}</Typography.Text>}
        <Button icon={<TagsOutlined />} onClick={() => void useAliasTable.getState().open(reviewId)} disabled={busy || intake.phase === 'committing'} data-testid="aliases-open">{t('intake.aliases.open')}</Button>
      </Space>
      <AliasTableModal reviewId={reviewId} />
      {(intake.phase === 'idle' || intake.phase === 'cancelled' || busy) && (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('intake.intro')}</Typography.Paragraph>
          <IntakeDropZone disabled={busy} onChoose={(files) => void intake.choose(files)} />
        </>
      )}
      {intake.error !== null && <Alert type="error" showIcon message={errorText(intake.error, t)} data-testid="intake-error" />}
      {intake.phase === 'cancelled' && <Alert type="info" showIcon message={t('intake.cancelled')} />}
      {busy && (
        <Card size="small" data-testid="intake-progress">
          {intake.phase === 'uploading' && intake.upload && (
            <>
              <Typography.Text>{t('intake.uploading', { done: intake.upload.done, total: intake.upload.total, sent: sizeText(intake.upload.sent), size: sizeText(intake.upload.size) })}</Typography.Text>
              <Progress percent={intake.upload.size === 0 ? 100 : Math.floor((intake.upload.sent / intake.upload.size) * 100)} status="active" />
            </>
          )}
          {intake.phase === 'scanning' && intake.progress && (
            <>
              <Typography.Text>{t('intake.scanning', { files: intake.progress.filesRead, size: sizeText(intake.progress.bytesRead) })}</Typography.Text>
              <Progress percent={intake.upload && intake.upload.size > 0 ? Math.min(99, Math.floor((intake.progress.bytesRead / intake.upload.size) * 100)) : 0} status="active" />
              {intake.progress.current && <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>{t('intake.current', { file: intake.progress.current })}</Typography.Text>}
            </>
          )}
          <Button onClick={() => void intake.cancel()} data-testid="intake-cancel">{t('intake.cancel')}</Button>
        </Card>
      )}
      {(intake.phase === 'preview' || intake.phase === 'committing') && intake.preview && (
        <IntakePreviewView
          preview={intake.preview}
          state={intake}
          categories={review?.fields ?? []}
          onCategory={intake.chooseCategory}
          onRole={intake.chooseRole}
          onMove={intake.moveFile}
          onUndoMove={intake.undoMove}
          onCommit={() => void intake.commit()}
          onCancel={() => void intake.cancel()}
        />
      )}
      {intake.phase === 'committed' && intake.outcome && <IntakeOutcome outcome={intake.outcome} categoryName={categoryName} onBack={back} onMore={intake.again} onCheck={() => show({ kind: 'formal-check', reviewId })} />}
    </Space>
  );
}
