import { ArrowLeftOutlined, FileExcelOutlined, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Progress, Result, Space, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonText } from '../../api/error-message.ts';
import { pickFiles } from '../../api/file-transfer.ts';
import { CategoryRanking } from './category-ranking.tsx';
import { DiscussionsPanel } from './discussions-panel.tsx';
import { OpenDiscussionModal } from './open-discussion-modal.tsx';
import { HeldSheets } from './held-sheets.tsx';
import { MergeSettingsBar } from './merge-settings-bar.tsx';
import { SensitivityPanel } from './sensitivity-panel.tsx';
import { MergeBoardTable } from './merge-board.tsx';
import { useSigningKey } from '../identity/unlock-modal.tsx';
import { ResultsExportsPanel } from '../exports/results-exports-panel.tsx';
import { useAppStore } from '../app/app-store.ts';
import { useMerge } from './merge-store.ts';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Files above this are refused before sending: a sheet is tens of kilobytes (the services cap it at 5 MiB). */
const SHEET_BYTES = 1024 * 1024;

/** A zip of sheets above this is refused before uploading (the services read at most 512 MiB of sheets from one). */
const SHEET_ZIP_BYTES = 512 * 1024 * 1024;

/** Coordinator: receive the signed score sheets, see whose are in, and the merge per category. */
export function MergeScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const openReview = useAppStore((s) => s.openReview);
  const merge = useMerge();
  const { message } = App.useApp();
  const signing = useSigningKey();
  const [over, setOver] = useState(false);
  // The application a divergence round is being opened on (发起复议).
  const [discussing, setDiscussing] = useState<MergeView['report']['categories'][number]['ranking'][number] | null>(null);
  useEffect(() => void useMerge.getState().open(reviewId), [reviewId]);
  // An oversized file is no sheet; a zip of sheets is uploaded whole and read by the services (up to their limits).
  const refusedBefore = (f: File) =>
    f.name.toLowerCase().endsWith('.zip') ? (f.size > SHEET_ZIP_BYTES ? t('merge.tooLarge', { file: f.name, size: megabytes(f.size) }) : null) : f.size > SHEET_BYTES ? t('merge.tooLarge', { file: f.name, size: megabytes(f.size) }) : null;
  const receive = (files: readonly File[]) => void merge.receive(files, refusedBefore);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!merge.receiving) receive([...event.dataTransfer.files]);
  };

  if (merge.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={merge.error} extra={<Button onClick={() => void openReview(reviewId)}>{t('review.back')}</Button>} />;
  if (!merge.view || merge.reviewId !== reviewId) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const { view } = merge;
  const fields = view.report.categories.map((c) => ({ id: c.id, name: c.name }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="merge-screen">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void openReview(reviewId)}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('merge.title')}</Typography.Title>
      </Space>
      <Typography.Paragraph type="secondary">{t('merge.intro')}</Typography.Paragraph>
      <div
        className={`ps-drop-zone${over ? ' ps-drop-zone-over' : ''}`}
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="merge-drop"
      >
        <InboxOutlined style={{ fontSize: 28 }} />
        <Typography.Text>{t('merge.dropHere')}</Typography.Text>
        <Button type="primary" disabled={merge.receiving !== null} onClick={() => void pickFiles('.json,application/json,.zip,application/zip').then(receive)} data-testid="merge-receive">
          {t('merge.receive')}
        </Button>
      </div>
      {merge.receiving && (
        <Card size="small">
          <Typography.Text>{t('merge.receiving', merge.receiving)}</Typography.Text>
          <Progress percent={merge.receiving.total === 0 ? 100 : Math.floor((merge.receiving.done / merge.receiving.total) * 100)} status="active" />
        </Card>
      )}
      {merge.error && <Alert type="error" showIcon message={merge.error} />}
      {merge.dropCounts && !merge.receiving && (
        <Alert
          type={merge.dropRefused.length > 0 ? 'warning' : 'success'}
          showIcon
          data-testid="merge-last-drop"
          message={`${t('merge.lastDrop', { ...merge.dropCounts, refused: merge.dropRefused.length })}${merge.dropCounts.held > 0 ? t('merge.lastDropHeld', { held: merge.dropCounts.held }) : ''}`}
          description={
            merge.dropRefused.length > 0 && (
              <Space direction="vertical" size={2} data-testid="merge-refused">
                <Typography.Text strong>{t('merge.refusedTitle')}</Typography.Text>
                {merge.dropRefused.map((r, i) => (
                  <Typography.Text key={i}>
                    {r.file}：{r.why ? reasonText(r.why, r.reason) : r.reason}
                    {r.fingerprint && <Typography.Text type="secondary">（{t('merge.fingerprint', { value: r.fingerprint })}）</Typography.Text>}
                  </Typography.Text>
                ))}
              </Space>
            )
          }
        />
      )}
      <HeldSheets held={view.held} onConfirmKey={merge.confirmKey} onChoose={merge.chooseVersion} onSetAside={merge.setAside} />
      <Card size="small" title={t('merge.boardTitle')}>
        <MergeBoardTable board={view.board} fields={fields} />
      </Card>
      <Space wrap>
        <MergeSettingsBar settings={view.settings} locked={view.finals.length > 0} onChange={(next) => void merge.setSettings(next)} />
        <Button icon={<FileExcelOutlined />} disabled={view.report.counted.length === 0} onClick={() => void merge.exportXlsx()} data-testid="merge-export-xlsx">
          {t('merge.exportXlsx')}
        </Button>
        <Tooltip title={t('merge.signResultHint')}>
          <Button
            icon={<SafetyCertificateOutlined />}
            disabled={view.report.counted.length === 0 || view.report.categories.some((c) => !view.finals.some((f) => f.categoryId === c.id))}
            onClick={() =>
              void signing.ensure(() => {
                void merge.signResult().then((digest) => digest && void message.success(t('merge.resultSigned', { digest: digest.slice(0, 16) })));
              })
            }
            data-testid="merge-sign-result"
          >
            {t('merge.signResult')}
          </Button>
        </Tooltip>
      </Space>
      <ResultsExportsPanel reviewId={reviewId} view={view} />
      {view.report.counted.length === 0 ? (
        <Empty description={t('merge.noSheets')} />
      ) : (
        view.report.categories.map((c) => (
          <CategoryRanking
            key={c.id}
            category={c}
            decisions={view.decisions}
            final={view.finals.some((f) => f.categoryId === c.id)}
            onDecide={merge.decide}
            onFinalize={(final) => void merge.finalize(c.id, final)}
            onDiscuss={setDiscussing}
            discussing={new Set(view.discussions.filter((d) => d.closed === null).map((d) => d.submissionId))}
          />
        ))
      )}
      <DiscussionsPanel discussions={view.discussions} onClose={merge.closeDiscussion} />
      {discussing && <OpenDiscussionModal application={discussing} onCancel={() => setDiscussing(null)} onOk={(experts, note) => merge.openDiscussion(discussing.submissionId, experts, note)} />}
      {view.report.counted.length > 0 && <SensitivityPanel report={view.report} sensitivity={merge.sensitivity} onAnalyse={() => void merge.analyse()} />}
      {signing.modal}
      {view.report.superseded.length > 0 && (
        <Card size="small" title={t('merge.supersededTitle')}>
          {view.report.superseded.map((s) => (
            <div key={s.file}>{s.file} → {s.by}</div>
          ))}
        </Card>
      )}
      {view.notChosen.length > 0 && (
        <Card size="small" title={t('merge.notChosenTitle')} data-testid="merge-not-chosen">
          {view.notChosen.map((n) => (
            <div key={n.file}>{t('merge.notChosen', { file: n.file, version: n.version, chosen: n.chosen })}</div>
          ))}
        </Card>
      )}
    </Space>
  );
}
