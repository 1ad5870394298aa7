import { ArrowLeftOutlined, DownloadOutlined, LockOutlined, PrinterOutlined, SafetyCertificateOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Result, Space, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { FingerprintText } from './fingerprint-text.tsx';
import { useSigningKey } from './unlock-modal.tsx';
import { useErrorToast } from '../../components/use-error-toast.ts';
import { useEscapeBack } from '../../components/use-escape-back.ts';
import { useAppStore } from '../app/app-store.ts';
import { useIdentity } from './identity-store.ts';

type CreateForm = { name: string; organisation: string; passphrase?: string; confirm?: string };

/** The profile's signing identity: create it once, see its fingerprint, hand out the key card. */
export function IdentityScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const { identity, creating: busy } = useIdentity();
  const signing = useSigningKey();
  const show = useAppStore((s) => s.show);
  const back = useAppStore((s) => s.leaveIdentity);
  // Registered before the early returns below: hooks run in the same order on every render.
  useEscapeBack(back);
  useEffect(() => {
    void useIdentity.getState().load();
  }, []);
  const backButton = (
    <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="identity-back" title={t('identity.backHint')}>{t('review.back')}</Button>
  );
  if (identity.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(identity.error, t)} extra={backButton} />;
  const status = identity.value;
  if (!status) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;

  const create = (values: CreateForm) =>
    useIdentity.getState().create(values).then(() => void message.success(t('identity.identityCreated')), toast);
  const keyCard = () => void signing.ensure(() => void useIdentity.getState().downloadKeyCard().catch(toast));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="identity-screen">
      <Space align="center" size="middle">
        {backButton}
        <Typography.Title level={3} style={{ margin: 0 }}><SafetyCertificateOutlined /> {t('identity.title')}</Typography.Title>
      </Space>
      <Typography.Paragraph type="secondary">{t('identity.identityIntro')}</Typography.Paragraph>
      {!status.exists ? (
        <Card title={t('identity.createIdentity')} style={{ maxWidth: 640 }}>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={status.sealer === 'os' ? t('identity.sealerOsHint') : t('identity.sealerPassphraseHint')} />
          <Form<CreateForm> layout="vertical" onFinish={(v) => void create(v)} requiredMark={false}>
            <Form.Item name="name" label={t('identity.name')} rules={[{ required: true, whitespace: true, message: t('identity.nameRequired') }]}>
              <Input data-testid="identity-name" maxLength={100} />
            </Form.Item>
            <Form.Item name="organisation" label={t('identity.organisation')}>
              <Input data-testid="identity-organisation" maxLength={200} />
            </Form.Item>
            {status.sealer === 'passphrase' && (
              <>
                <Form.Item name="passphrase" label={t('identity.passphrase')} rules={[{ required: true, min: 8, message: t('identity.passphraseRule') }]}>
                  <Input.Password data-testid="identity-passphrase" />
                </Form.Item>
                <Form.Item
                  name="confirm"
                  label={t('identity.passphraseConfirm')}
                  dependencies={['passphrase']}
                  rules={[({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('identity.passphraseMismatch')))) })]}
                >
                  <Input.Password data-testid="identity-confirm" />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" loading={busy} data-testid="identity-create">{t('identity.createIdentity')}</Button>
          </Form>
        </Card>
      ) : (
        <Card>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('identity.name')}>{status.name}</Descriptions.Item>
            <Descriptions.Item label={t('identity.organisation')}>{status.organisation || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('identity.fingerprint')}><FingerprintText value={status.fingerprint ?? ''} testId="my-fingerprint" /></Descriptions.Item>
            <Descriptions.Item label={t('identity.sealer')}>{status.sealer === 'os' ? t('identity.sealerOs') : t('identity.sealerPassphrase')}</Descriptions.Item>
            <Descriptions.Item label={t('identity.keyState')}>
              {status.unlocked ? <Tag icon={<UnlockOutlined />} color="green">{t('identity.unlocked')}</Tag> : <Tag icon={<LockOutlined />}>{t('identity.locked')}</Tag>}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>{t('identity.keyCardHint')}</Typography.Paragraph>
          <Space>
            <Button icon={<DownloadOutlined />} onClick={keyCard} data-testid="download-key-card">{t('identity.downloadKeyCard')}</Button>
            <Button icon={<PrinterOutlined />} onClick={() => show({ kind: 'key-card-print' })} data-testid="print-key-card">{t('identity.printKeyCard')}</Button>
          </Space>
        </Card>
      )}
      {signing.modal}
    </Space>
  );
}
