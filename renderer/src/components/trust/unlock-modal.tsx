import { Alert, App, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useAppStore } from '../../stores/app-store.ts';

/** Asks for the passphrase that opens the signing key; the key itself stays in the main process. */
export function UnlockModal({ open, onUnlocked, onCancel }: { open: boolean; onUnlocked: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('identity:unlock', { passphrase });
      setPassphrase('');
      onUnlocked();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('trust.unlockTitle')} okText={t('trust.unlock')} onOk={() => void submit()} confirmLoading={busy} onCancel={onCancel} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('trust.unlockHint')}</Typography.Paragraph>
      <Input.Password data-testid="unlock-passphrase" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} onPressEnter={() => void submit()} />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} />}
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
  const show = useAppStore((s) => s.show);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const ensure = async (action: () => void) => {
    const status = await call('identity:get', {});
    if (!status.exists) {
      void message.warning(t('trust.needIdentity'));
      show({ kind: 'identity' });
    } else if (status.needsPassphrase) {
      setPending(() => action);
    } else {
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
