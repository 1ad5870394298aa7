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
  if (!work || Object.values(work).every((n) => n === 0)) return t('trust.demoWorkNone');
  return t('trust.demoWorkLost', work);
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
    void message.success(result.alreadyImported ? t('trust.alreadyImported') : t('trust.imported', { title: preview.review.title }));
    onImported(result.reviewId);
  };
  const preview = step?.kind === 'preview' ? step.preview : null;
  const footer = preview ? (
    <Space>
      <Button onClick={dialog.close}>{t('trust.cancel')}</Button>
      <Button type="primary" loading={busy} disabled={!canImport(state)} onClick={() => void importIt(preview)} data-testid="import-package">
        {t('trust.importPackage')}
      </Button>
    </Space>
  ) : (
    <Button onClick={dialog.close} disabled={step?.kind === 'upload' || step?.kind === 'checking'}>{t('trust.close')}</Button>
  );
  return (
    <>
      <Button icon={<InboxOutlined />} onClick={() => void open()} data-testid="open-package">{t('trust.openPackage')}</Button>
      <Modal open={step !== null} width={640} title={t('trust.openPackageTitle')} footer={footer} closable={false} maskClosable={false}>
        {step?.kind === 'upload' && <Progress percent={step.percent} status="active" />}
        {step?.kind === 'checking' && <Typography.Paragraph>{t('trust.checkingPackage')}</Typography.Paragraph>}
        {step?.kind === 'refused' && <Alert type="error" showIcon message={t('trust.packageRefused')} description={errorText(step.error, t)} data-testid="package-refused" />}
        {preview && (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="package-preview">
            <Alert type="success" showIcon message={t('trust.packageVerified')} />
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('trust.reviewTitle')}>{preview.review.title}</Descriptions.Item>
              <Descriptions.Item label={t('trust.coordinator')}>{preview.coordinator.name}</Descriptions.Item>
              <Descriptions.Item label={t('trust.coordinatorFingerprint')}><FingerprintText value={preview.coordinator.fingerprint} /></Descriptions.Item>
              <Descriptions.Item label={t('trust.contents')}>{t('trust.contentsValue', { submissions: preview.submissions, documents: preview.documents })}</Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{t('trust.compareCoordinator')}</Typography.Text>
            <Typography.Text strong>{t('trust.chooseName')}</Typography.Text>
            <Radio.Group value={expertId} onChange={(e) => dialog.chooseExpert(e.target.value as string)}>
              <Space direction="vertical">
                {preview.experts.map((e) => (
                  <Radio key={e.id} value={e.id} disabled={preview.presetExpertId !== null && e.id !== preview.presetExpertId}>
                    <span data-testid={`roster-${e.id}`}>
                      {e.name}（{e.organisation || '—'}）{e.isThisComputer && <Typography.Text type="success"> · {t('trust.thisComputer')}</Typography.Text>}
                    </span>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
            {preview.alreadyImported && <Alert type="info" showIcon message={t('trust.alreadyImported')} />}
            {preview.keptApart && !preview.alreadyImported && <Alert type="info" showIcon message={t('trust.keptApart')} description={t('trust.keptApartHint')} data-testid="kept-apart" />}
            {preview.replacesDemo && (
              <Alert
                type="warning"
                showIcon
                message={t('trust.replacesDemo')}
                description={
                  <Space direction="vertical">
                    <Typography.Text data-testid="demo-work">{demoWorkText(preview.demoWork, t)}</Typography.Text>
                    <Checkbox checked={replaceDemo} onChange={(e) => dialog.setReplaceDemo(e.target.checked)} data-testid="replace-demo">{t('trust.replaceDemoConfirm')}</Checkbox>
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
