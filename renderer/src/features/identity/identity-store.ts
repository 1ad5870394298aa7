import { create } from 'zustand';
import { call } from '../../api/client.ts';
import { downloadFile } from '../../api/file-transfer.ts';
import {
  applyCreating, applyIdentity, applyIdentityFailed, applyIdentityLoading, applyUnlockDone, applyUnlocking, initialIdentityState, passphraseFor, signingStep,
  type IdentityState,
} from './identity-state.ts';

/**
 * The signing identity's store (identity screen, key card print, unlock dialog): thin actions that
 * call the API, then apply a pure transition. Actions that fail reject, for the screen to show.
 */
export interface IdentityStore extends IdentityState {
  load(): Promise<void>;
  create(values: { name: string; organisation?: string; passphrase?: string }): Promise<void>;
  /** Saves the key card (.pingshen-keycard.json) where the user chooses. */
  downloadKeyCard(): Promise<void>;
  /** Opens the key with the passphrase; resolves true when it opened (else the reason is in `unlockError`). */
  unlock(passphrase: string): Promise<boolean>;
  /** The unlock dialog was closed: its refusal is not shown the next time it opens. */
  dismissUnlock(): void;
  /** Asks the services afresh what signing needs first. */
  signingStep(): Promise<ReturnType<typeof signingStep>>;
}

/** The signing identity's store. */
export const useIdentity = create<IdentityStore>()((set, get) => ({
  ...initialIdentityState,
  async load() {
    set((s) => applyIdentityLoading(s));
    try {
      const status = await call('identity:get', {});
      set((s) => applyIdentity(s, status));
    } catch (error) {
      set((s) => applyIdentityFailed(s, error));
    }
  },
  async create(values) {
    const status = get().identity.value;
    if (!status) return;
    set((s) => applyCreating(s, true));
    try {
      const created = await call('identity:create', { name: values.name, organisation: values.organisation ?? '', passphrase: passphraseFor(status, values.passphrase) });
      set((s) => applyIdentity(s, created));
    } finally {
      set((s) => applyCreating(s, false));
    }
  },
  async downloadKeyCard() {
    const card = await call('identity:key-card', {});
    downloadFile(card.fileName, card.text, 'application/json');
    // Handing out the card opened the key: the screen shows it unlocked (without a spinner in between).
    const status = await call('identity:get', {});
    set((s) => applyIdentity(s, status));
  },
  async unlock(passphrase) {
    set((s) => applyUnlocking(s));
    try {
      const status = await call('identity:unlock', { passphrase });
      set((s) => applyUnlockDone(applyIdentity(s, status), null));
      return true;
    } catch (error) {
      set((s) => applyUnlockDone(s, error));
      return false;
    }
  },
  dismissUnlock() {
    set((s) => applyUnlockDone(s, null));
  },
  async signingStep() {
    const status = await call('identity:get', {});
    set((s) => applyIdentity(s, status));
    return signingStep(status);
  },
}));
