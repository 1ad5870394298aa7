import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { keyCardFileName } from '../../../../shared/crypto/fingerprint.ts';
import { errorText } from '../../api/error-text.ts';
import { PrintBar } from '../../print/print-bar.tsx';
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
  if (identity.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(identity.error, t)} />;
  if (!status) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (!status.exists || !status.fingerprint) {
    return <Result status="info" title={t('identity.keyCardNoIdentity')} extra={<Button onClick={() => show({ kind: 'identity' })}>{t('review.back')}</Button>} />;
  }
  return (
    <>
      <PrintBar pdfFileName={fileName.replace(/\.pingshen-keycard\.json$/, '.pdf')} label={t('sheets.print')} onBack={() => show({ kind: 'identity' })} />
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
