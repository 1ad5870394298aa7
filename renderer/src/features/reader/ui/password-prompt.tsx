import { Alert, Input, Modal, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordRequest } from '../pdfjs/load-pdf-document.ts';

/** Asks for a document's password; after a wrong one it says 密码错误 and asks again. */
export function PasswordPrompt({ fileName, request, onDone }: { fileName: string; request: PasswordRequest | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const input = useRef<InputRef>(null);
  useEffect(() => setPassword(''), [request]);
  const submit = () => {
    request?.submit(password);
    onDone();
  };
  return (
    <Modal
      open={request !== null}
      title={t('reader.passwordTitle')}
      okText={t('reader.passwordOpen')}
      cancelText={t('reader.passwordCancel')}
      onOk={submit}
      onCancel={() => {
        request?.cancel();
        onDone();
      }}
      afterOpenChange={(open) => open && input.current?.focus()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <p>{t('reader.passwordPrompt', { fileName })}</p>
      {request?.incorrect && <Alert type="error" showIcon title={t('reader.passwordWrong')} style={{ marginBottom: 12 }} />}
      <label className="ps-password-label">
        {t('reader.passwordLabel')}
        <Input.Password
          ref={input}
          autoFocus
          autoComplete="off"
          data-testid="reader-password-input"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          onPressEnter={submit}
        />
      </label>
    </Modal>
  );
}
