import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildProgress } from '../../../../shared/domain/trust-views.ts';
import { downloadOutput } from '../../api/download-output.ts';
import { errorText } from '../../api/error-text.ts';
import { buildPercent } from './package-build-state.ts';
import { usePackageBuild } from './package-build-store.ts';

/**
 * Shows a package build the services run in the background (started by the caller, so a re-run
 * effect never starts a second one), polls its progress, then offers the file to save where the user chooses.
 */
export function PackageBuildModal({ started, title, onClose }: { started: BuildProgress; title: string; onClose: (built: boolean) => void }) {
  const { t } = useTranslation();
  const watched = usePackageBuild((s) => s.progress);
  const error = usePackageBuild((s) => s.error);
  useEffect(() => {
    usePackageBuild.getState().watch(started);
    return () => usePackageBuild.getState().stop();
  }, [started]);
  // Until the first render's effect runs, the store may still hold an earlier build.
  const progress = watched?.jobId === started.jobId ? watched : started;
  const output = progress.output;
  const failure = error !== null ? errorText(error, t) : progress.error;
  return (
    <Modal open title={title} footer={<Button onClick={() => onClose(output !== null)}>{t('roster.close')}</Button>} onCancel={() => onClose(output !== null)} maskClosable={false}>
      {failure ? (
        <Alert type="error" showIcon message={t('packages.buildFailed')} description={failure} />
      ) : (
        <Progress percent={buildPercent(progress)} status={output ? 'success' : 'active'} data-testid="package-progress" />
      )}
      {output && (
        <div data-testid="package-built">
          <Typography.Paragraph style={{ marginTop: 12 }}>{t('packages.packageBuilt', { file: output.fileName, size: (output.size / 1024 / 1024).toFixed(1) })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('roster.packageDigest')}: <Typography.Text code>{output.digest}</Typography.Text></Typography.Paragraph>
          <Button type="primary" icon={<DownloadOutlined />} onClick={() => downloadOutput(output.id, output.fileName)} data-testid="save-package">{t('packages.savePackage')}</Button>
        </div>
      )}
    </Modal>
  );
}
