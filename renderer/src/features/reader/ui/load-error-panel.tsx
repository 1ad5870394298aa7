import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoadFailure } from '../model/load-error.ts';

const reasonKeys = {
  invalid: 'reader.errorInvalid',
  missing: 'reader.errorMissing',
  network: 'reader.errorNetwork',
  unknown: 'reader.errorUnknown',
} as const;

/** Shown in place of a document that cannot be opened: which file, why (with pdf.js's own words), what still works. */
export function LoadErrorPanel({ fileName, failure, onRetry }: { fileName: string; failure: LoadFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  if (failure.kind === 'password-cancelled') {
    return (
      <div className="ps-reader-overlay" data-testid="reader-error">
        <Result
          status="warning"
          title={t('reader.passwordCancelled', { fileName })}
          extra={<Button type="primary" onClick={onRetry}>{t('reader.passwordRetry')}</Button>}
        />
      </div>
    );
  }
  const reason = t(reasonKeys[failure.kind]) + (failure.message ? `（${failure.message}）` : '');
  return (
    <div className="ps-reader-overlay" data-testid="reader-error" role="alert">
      <Result
        status="error"
        title={t('reader.openFailed', { fileName, reason })}
        subTitle={t('reader.errorHint')}
        extra={<Button onClick={onRetry}>{t('reader.reload')}</Button>}
      />
    </div>
  );
}
