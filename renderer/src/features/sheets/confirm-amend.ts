import type { HookAPI } from 'antd/es/modal/useModal';
import type { TFunction } from 'i18next';

/** Asks before opening signed version `version` for amending (修改并重新签名), from the sign panel or the workspace alike. */
export function confirmAmend(modal: HookAPI, t: TFunction, version: number, onOk: () => Promise<unknown>): void {
  void modal.confirm({
    title: t('sheets.amendTitle'),
    content: t('sheets.amendHint', { version, next: version + 1 }),
    okText: t('sheets.amend'),
    okButtonProps: { 'data-testid': 'amend-confirm' },
    onOk,
  });
}
