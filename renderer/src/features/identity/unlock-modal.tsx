import { Alert, App, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { useAppStore } from '../app/app-store.ts';
import { useIdentity } from './identity-store.ts';
import { useErrorToast } from '../../components/use-error-toast.ts';

/** Asks for the passphrase that opens the signing key; the key itself stays in the main process. */
export function UnlockModal({ open, onUnlocked, onCancel }: { open: boolean; onUnlocked: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const busy = useIdentity((s) => s.unlocking);
  const error = useIdentity((s) => s.unlockError);
  const unlock = useIdentity((s) => s.unlock);
  const cancel = () => {
    useIdentity.getState().dismissUnlock();
    onCancel();
  };
  const submit = async () => {
    if (!(await unlock(passphrase))) return;
    setPassphrase('');
    onUnlocked();
  };
  return (
    <Modal open={open} title={t('identity.unlockTitle')} okText={t('identity.unlock')} onOk={() => void submit()} confirmLoading={busy} onCancel={cancel} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('identity.unlockHint')}</Typography.Paragraph>
      <Input.Password data-testid="unlock-passphrase" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} onPressEnter={() => void submit()} />
      {error !== null && <Alert style={{ marginTop: 12 }} type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}

/**
 * Runs an action that needs the signing key: sends the user to create an identity if there is none,
 * asks for the passphrase when the key is sealed by one, then runs it. Render `modal` once.
 */
export function useSigningKey(): { ensure: (action: () => void) => Promise<void>; modal: ReactNode } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const show = useAppStore((s) => s.show);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const ensure = async (action: () => void) => {
    const step = await useIdentity.getState().signingStep().catch((error: unknown) => {
      toast(error);
      return null;
    });
    if (step === 'create-identity') {
      void message.warning(t('identity.needIdentity'));
      show({ kind: 'identity' });
    } else if (step === 'ask-passphrase') {
      setPending(() => action);
    } else if (step === 'ready') {
      action();
    }
  };
  const modal = (
    <UnlockModal
      open={pending !== null}
      onUnlocked={() => {
        const action = pending;
        setPending(null);
        action?.();
      }}
      onCancel={() => setPending(null)}
    />
  );
  return { ensure, modal };
}
