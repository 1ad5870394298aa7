import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Descriptions, Modal, Progress, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DemoWork, PackagePreview } from '../../../../shared/domain/trust-views.ts';
import { errorText } from '../../api/error-text.ts';
import { pickFile } from '../../api/file-transfer.ts';
import { canImport } from './package-open-state.ts';
import { usePackageOpen } from './package-open-store.ts';
import { FingerprintText } from '../identity/fingerprint-text.tsx';

/** What replacing the demo deletes, in words: the counts, or that none of the expert's work is lost. */
function demoWorkText(work: DemoWork | null, t: TFunction): string {
  if (!work || Object.values(work).every((n) => n === 0)) return t('packages.demoWorkNone');
  return t('packages.demoWorkLost', work);
}

/**
 * Expert: opens a review package (评审包). The file is sent to the services, which check the signature
 * and every file before anything is shown; a refused package is explained and nothing is kept. Then
 * the expert picks their name on the roster and the review is imported.
 */
export function OpenPackageButton({ onImported }: { onImported: (reviewId: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const state = usePackageOpen();
  const { step, expertId, replaceDemo, busy } = state;
  const dialog = usePackageOpen.getState();
  const open = async () => {
    const file = await pickFile('.pingshen-pkg,.zip');
    if (file) await dialog.open(file);
  };
  const importIt = async (preview: PackagePreview) => {
    const result = await dialog.importPackage();
    if (!result) return;
    void message.success(result.alreadyImported ? t('packages.alreadyImported') : t('packages.imported', { title: preview.review.title }));
    onImported(result.reviewId);
  };
  const preview = step?.kind === 'preview' ? step.preview : null;
  const footer = preview ? (
    <Space>
      <Button onClick={dialog.close}>{t('roster.cancel')}</Button>
      <Button type="primary" loading={busy} disabled={!canImport(state)} onClick={() => void importIt(preview)} data-testid="import-package">
        {t('packages.importPackage')}
      </Button>
    </Space>
  ) : (
    <Button onClick={dialog.close} disabled={step?.kind === 'upload' || step?.kind === 'checking'}>{t('roster.close')}</Button>
  );
  return (
    <>
      <Button icon={<InboxOutlined />} onClick={() => void open()} data-testid="open-package">{t('packages.openPackage')}</Button>
      <Modal open={step !== null} width={640} title={t('packages.openPackageTitle')} footer={footer} closable={false} maskClosable={false}>
        {step?.kind === 'upload' && <Progress percent={step.percent} status="active" />}
        {step?.kind === 'checking' && <Typography.Paragraph>{t('packages.checkingPackage')}</Typography.Paragraph>}
        {step?.kind === 'refused' && <Alert type="error" showIcon message={t('packages.packageRefused')} description={errorText(step.error, t)} data-testid="package-refused" />}
        {preview && (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="package-preview">
            <Alert type="success" showIcon message={t('packages.packageVerified')} />
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('packages.reviewTitle')}>{preview.review.title}</Descriptions.Item>
              <Descriptions.Item label={t('packages.coordinator')}>{preview.coordinator.name}</Descriptions.Item>
              <Descriptions.Item label={t('packages.coordinatorFingerprint')}><FingerprintText value={preview.coordinator.fingerprint} /></Descriptions.Item>
              <Descriptions.Item label={t('packages.contents')}>{t('packages.contentsValue', { submissions: preview.submissions, documents: preview.documents })}</Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{t('packages.compareCoordinator')}</Typography.Text>
            <Typography.Text strong>{t('packages.chooseName')}</Typography.Text>
            <Radio.Group value={expertId} onChange={(e) => dialog.chooseExpert(e.target.value as string)}>
              <Space direction="vertical">
                {preview.experts.map((e) => (
                  <Radio key={e.id} value={e.id} disabled={preview.presetExpertId !== null && e.id !== preview.presetExpertId}>
                    <span data-testid={`roster-${e.id}`}>
                      {e.name}（{e.organisation || '—'}）{e.isThisComputer && <Typography.Text type="success"> · {t('packages.thisComputer')}</Typography.Text>}
                    </span>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
            {preview.alreadyImported && <Alert type="info" showIcon message={t('packages.alreadyImported')} />}
            {preview.keptApart && !preview.alreadyImported && <Alert type="info" showIcon message={t('packages.keptApart')} description={t('packages.keptApartHint')} data-testid="kept-apart" />}
            {preview.replacesDemo && (
              <Alert
                type="warning"
                showIcon
                message={t('packages.replacesDemo')}
                description={
                  <Space direction="vertical">
                    <Typography.Text data-testid="demo-work">{demoWorkText(preview.demoWork, t)}</Typography.Text>
                    <Checkbox checked={replaceDemo} onChange={(e) => dialog.setReplaceDemo(e.target.checked)} data-testid="replace-demo">{t('packages.replaceDemoConfirm')}</Checkbox>
                  </Space>
                }
              />
            )}
          </Space>
        )}
      </Modal>
    </>
  );
}
