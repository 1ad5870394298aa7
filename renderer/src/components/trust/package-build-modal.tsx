import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildProgress } from '../../../../shared/domain/trust-views.ts';
import { call } from '../../api/client.ts';
import { downloadOutput } from '../../api/download-output.ts';

/**
 * Shows a package build the services run in the background (started by the caller, so a re-run
 * effect never starts a second one), polls its progress, then offers the file to save where the user chooses.
 */
export function PackageBuildModal({ started, title, onClose }: { started: BuildProgress; title: string; onClose: (built: boolean) => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<BuildProgress>(started);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = (current: BuildProgress) => {
      if (stopped) return;
      setProgress(current);
      if (current.state === 'running') {
        timer = setTimeout(() => call('packages:progress', { jobId: current.jobId }).then(poll, (e: unknown) => setError((e as Error).message)), 150);
      }
    };
    poll(started);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [started]);
  const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  const output = progress.output;
  const failure = error ?? progress.error;
  return (
    <Modal open title={title} footer={<Button onClick={() => onClose(output !== null)}>{t('trust.close')}</Button>} onCancel={() => onClose(output !== null)} maskClosable={false}>
      {failure ? (
        <Alert type="error" showIcon message={t('trust.buildFailed')} description={failure} />
      ) : (
        <Progress percent={output ? 100 : percent} status={output ? 'success' : 'active'} data-testid="package-progress" />
      )}
      {output && (
        <div data-testid="package-built">
          <Typography.Paragraph style={{ marginTop: 12 }}>{t('trust.packageBuilt', { file: output.fileName, size: (output.size / 1024 / 1024).toFixed(1) })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('trust.packageDigest')}: <Typography.Text code>{output.digest}</Typography.Text></Typography.Paragraph>
          <Button type="primary" icon={<DownloadOutlined />} onClick={() => downloadOutput(output.id, output.fileName)} data-testid="save-package">{t('trust.savePackage')}</Button>
        </div>
      )}
    </Modal>
  );
}
