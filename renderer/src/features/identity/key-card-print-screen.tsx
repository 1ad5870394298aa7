import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { keyCardFileName } from '../../../../shared/crypto/fingerprint.ts';
import { errorText } from '../../api/error-text.ts';
import { usePrintPage } from '../../print/use-print-page.ts';
import { useAppStore } from '../app/app-store.ts';
import { useIdentity } from './identity-store.ts';
import '../sheets/sheet-print.css';

/**
 * The printable key card: the expert's name, organisation and key fingerprint on one A4 page, to
 * hand to the coordinator with the key card file, so the fingerprint can be checked on paper.
 * Public data only: it needs no unlocked key.
 */
export function KeyCardPrintScreen() {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const identity = useIdentity((s) => s.identity);
  useEffect(() => {
    void useIdentity.getState().load();
  }, []);
  const status = identity.value;
  const fileName = status?.fingerprint ? keyCardFileName(status.fingerprint) : '';
  const { print, busy } = usePrintPage(fileName.replace(/\.pingshen-keycard\.json$/, '.pdf'));
  if (identity.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(identity.error, t)} />;
  if (!status) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (!status.exists || !status.fingerprint) {
    return <Result status="info" title={t('identity.keyCardNoIdentity')} extra={<Button onClick={() => show({ kind: 'identity' })}>{t('review.back')}</Button>} />;
  }
  return (
    <>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'identity' })}>{t('review.back')}</Button>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="print-button">{t('sheets.print')}</Button>
      </Space>
      <article className="ps-sheet-print ps-key-card-print" data-testid="key-card-print">
        <h1>{t('identity.keyCardHeading')}</h1>
        <div className="ps-sheet-sub">{t('identity.keyCardSub')}</div>
        <table>
          <tbody>
            <tr><th>{t('identity.name')}</th><td>{status.name}</td></tr>
            <tr><th>{t('identity.organisation')}</th><td>{status.organisation || '—'}</td></tr>
            <tr><th>{t('identity.keyCardCreatedAt')}</th><td>{status.createdAt ? new Date(status.createdAt).toLocaleString('zh-CN', { hour12: false }) : '—'}</td></tr>
            <tr><th>{t('identity.keyCardPublicKey')}</th><td className="mono">{status.publicKey}</td></tr>
          </tbody>
        </table>
        <h2>{t('identity.fingerprint')}</h2>
        <div className="ps-key-card-fingerprint" data-testid="key-card-fingerprint">
          {status.fingerprint.split(' ').map((group, index) => (
            <span key={index}>{group}</span>
          ))}
        </div>
        <p>{t('identity.keyCardCheck')}</p>
        <div className="ps-sheet-sign">
          <span>{t('identity.keyCardExpertSign')}</span>
          <span>{t('identity.keyCardDateLine')}</span>
        </div>
        <div className="ps-sheet-sign">
          <span>{t('identity.keyCardCheckedBy')}</span>
          <span>{t('identity.keyCardDateLine')}</span>
        </div>
        <p className="ps-sheet-note">{t('identity.keyCardNote', { file: fileName })}</p>
      </article>
    </>
  );
}
