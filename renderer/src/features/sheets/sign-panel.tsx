import { CheckCircleOutlined, DownloadOutlined, EditOutlined, LockOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsistencyReport } from '../../../../shared/domain/consistency.ts';
import type { SheetChanges, SheetVersion } from '../../../../shared/domain/trust-views.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { errorText } from '../../api/error-text.ts';
import { useAppStore } from '../app/app-store.ts';
import { signSummary } from '../scoring/consistency-state.ts';
import { newestVersion } from './sheets-state.ts';
import { useSheets } from './sheets-store.ts';
import { useErrorToast } from '../../components/use-error-toast.ts';
import { confirmAmend } from './confirm-amend.ts';
import { SignReasonsModal } from './sign-reasons-modal.tsx';
import { useSigningKey } from '../identity/unlock-modal.tsx';

/**
 * Signing on the consistency screen: signs the score sheet when nothing blocks it, then shows the
 * signed versions (export the file, print the sheet) and locks scoring until 修改并重新签名. Above it,
 * whether the sheet can be signed, or, once signed, the signed state (never both).
 */
export function SignPanel({ reviewId, report }: { reviewId: string; report: ConsistencyReport }) {
  const readyToSign = report.readyToSign;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const show = useAppStore((s) => s.show);
  const signing = useSigningKey();
  const toast = useErrorToast();
  const { status: load, busy } = useSheets();
  const sheets = useSheets.getState();
  // Re-signing (version ≥ 2): the changes since the newest version, each to be given a reason first.
  const [changes, setChanges] = useState<SheetChanges | null>(null);
  useEffect(() => {
    void useSheets.getState().open(reviewId);
  }, [reviewId]);
  if (load.phase === 'failed') return <Alert type="error" showIcon message={errorText(load.error, t)} />;
  const status = load.key === reviewId ? load.value : null;
  if (!status) return null;
  const newest = newestVersion(status);
  const { lines, scored, recused } = signSummary(report);
  // Signing locks the scores and is what the coordinator merges: ask once, saying what is signed.
  const confirmSign = (onOk: () => void) =>
    void modal.confirm({
      title: t('sheets.signConfirmTitle', { version: (newest?.version ?? 0) + 1 }),
      width: 560,
      content: (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="sign-confirm-content">
          <Typography.Text>{t('sheets.signConfirmHint', { count: scored, recused })}</Typography.Text>
          <Table
            size="small"
            pagination={false}
            rowKey="submissionId"
            scroll={{ y: 240 }}
            dataSource={lines}
            columns={[
              { title: t('sheets.signConfirmField'), dataIndex: 'field', key: 'field' },
              { title: t('review.applicant'), dataIndex: 'applicant', key: 'applicant' },
              { title: t('preview.total'), key: 'total', width: 80, render: (_, l) => (l.status === 'conflict' ? t('workspace.status.conflict') : formatPoints(l.total)) },
            ]}
          />
        </Space>
      ),
      okText: t('sheets.sign'),
      okButtonProps: { 'data-testid': 'sign-confirm' },
      onOk,
    });
  const signWith = (reasons: Parameters<typeof sheets.sign>[0]) =>
    confirmSign(() => void signing.ensure(() => void sheets.sign(reasons).then(() => void message.success(t('sheets.signed')), toast)));
  const sign = () => {
    if (!newest) {
      signWith([]);
      return;
    }
    sheets.changes().then((c) => setChanges(c), toast);
  };
  const amend = () => confirmAmend(modal, t, newest?.version ?? 0, () => sheets.amend().catch(toast));
  const exportVersion = (v: SheetVersion) => sheets.exportVersion(v).catch(toast);
  return (
    <>
    {status.locked && newest ? (
      <Alert type="success" showIcon icon={<LockOutlined />} message={t('consistency.signedState', { version: newest.version, at: new Date(newest.signedAt).toLocaleString() })} data-testid="signed-state" />
    ) : readyToSign ? (
      <Alert type="success" showIcon icon={<CheckCircleOutlined />} message={t('consistency.ready')} data-testid="ready-to-sign" />
    ) : (
      <Alert type="warning" showIcon message={t('consistency.notReady')} />
    )}
    <Card title={<><SafetyCertificateOutlined /> {t('sheets.signTitle')}</>} data-testid="sign-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        {status.signer ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('sheets.signer')}>{status.signer.name}（{status.signer.organisation || '—'}）· {status.signer.id}</Descriptions.Item>
            <Descriptions.Item label={t('roster.packageDigest')}>
              <Typography.Text code>{status.packageDigest?.slice(0, 16)}…</Typography.Text> {status.demoDigest && <Tag color="blue">{t('sheets.demoDigest')}</Tag>}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="warning" showIcon message={status.signerProblem} action={<Button size="small" onClick={() => show({ kind: 'identity' })}>{t('identity.title')}</Button>} />
        )}
        {status.demoDigest && <Typography.Text type="secondary">{t('sheets.demoDigestHint')}</Typography.Text>}
        {status.keyMismatch && <Alert type="warning" showIcon message={t('sheets.keyMismatch')} />}
        {status.locked && newest ? (
          <Alert
            type="success"
            showIcon
            icon={<LockOutlined />}
            message={t('sheets.lockedMessage', { version: newest.version })}
            action={<Button icon={<EditOutlined />} onClick={amend} data-testid="amend-sheet">{t('sheets.amend')}</Button>}
            data-testid="sheet-locked"
          />
        ) : (
          <Space wrap>
            <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={!readyToSign || !status.signer} loading={busy} onClick={sign} data-testid="sign-sheet">
              {newest ? t('sheets.signVersion', { version: newest.version + 1 }) : t('sheets.sign')}
            </Button>
            <Typography.Text type="secondary">{readyToSign ? t('sheets.signHint') : t('sheets.signBlocked')}</Typography.Text>
          </Space>
        )}
        {status.versions.length > 0 && (
          <Table<SheetVersion>
            size="small"
            rowKey="version"
            pagination={false}
            dataSource={[...status.versions].reverse()}
            columns={[
              { title: t('sheets.version'), key: 'v', width: 80, render: (_, v) => t('sheets.versionN', { version: v.version }) },
              { title: t('sheets.signedAt'), key: 'at', render: (_, v) => new Date(v.signedAt).toLocaleString() },
              { title: t('sheets.sheetDigest'), key: 'digest', render: (_, v) => <Typography.Text code>{v.digest.slice(0, 16)}…</Typography.Text> },
              { title: t('sheets.state'), key: 'state', render: (_, v) => (v === newest ? <Tag color={status.locked ? 'green' : 'orange'}>{status.locked ? t('sheets.current') : t('sheets.amending')}</Tag> : <Tag>{t('sheets.superseded')}</Tag>) },
              {
                title: t('roster.actions'),
                key: 'actions',
                render: (_, v) => (
                  <Space size={4}>
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportVersion(v)} data-testid={`export-v${v.version}`}>{t('sheets.exportSheet')}</Button>
                    <Button size="small" icon={<PrinterOutlined />} onClick={() => show({ kind: 'sheet-print', reviewId, version: v.version })} data-testid={`print-v${v.version}`}>{t('sheets.printSheet')}</Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Space>
      {signing.modal}
      {changes && (
        <SignReasonsModal
          changes={changes}
          onCancel={() => setChanges(null)}
          onOk={(reasons) => {
            setChanges(null);
            signWith(reasons);
          }}
        />
      )}
    </Card>
    </>
  );
}
