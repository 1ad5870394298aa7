import type { IdentityStatus } from '../../../../shared/domain/trust-views.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** The one identity of the profile: the loadable's key. */
const profileKey = 'profile';

/** The profile's signing identity as the screens see it, and the create and unlock steps under way. */
export interface IdentityState {
  readonly identity: Loadable<IdentityStatus>;
  readonly creating: boolean;
  readonly unlocking: boolean;
  /** Why the passphrase did not open the key (shown in the unlock dialog), or null. */
  readonly unlockError: unknown;
}

/** Nothing loaded. */
export const initialIdentityState: IdentityState = { identity: idleLoadable(), creating: false, unlocking: false, unlockError: null };

/** Asking for the identity. */
export function applyIdentityLoading(state: IdentityState): IdentityState {
  return { ...state, identity: startLoading(profileKey) };
}

/** The identity as the services report it (after a identity, a create or an unlock). */
export function applyIdentity(state: IdentityState, status: IdentityStatus): IdentityState {
  return { ...state, identity: finishLoading({ ...state.identity, key: profileKey }, profileKey, status) };
}

/** Reading the identity failed. */
export function applyIdentityFailed(state: IdentityState, error: unknown): IdentityState {
  return { ...state, identity: failLoading(state.identity, profileKey, error) };
}

/** Creating the identity started or ended. */
export function applyCreating(state: IdentityState, creating: boolean): IdentityState {
  return { ...state, creating };
}

/** Unlocking started: the last refusal is cleared. */
export function applyUnlocking(state: IdentityState): IdentityState {
  return { ...state, unlocking: true, unlockError: null };
}

/** Unlocking ended: `error` null when the key opened. */
export function applyUnlockDone(state: IdentityState, error: unknown): IdentityState {
  return { ...state, unlocking: false, unlockError: error };
}

/** What signing needs first: an identity to be created, the passphrase, or nothing. */
export function signingStep(status: IdentityStatus): 'create-identity' | 'ask-passphrase' | 'ready' {
  if (!status.exists) return 'create-identity';
  return status.needsPassphrase ? 'ask-passphrase' : 'ready';
}

/** The create form's passphrase as the call takes it: only where the key is sealed by one (the OS keychain needs none). */
export function passphraseFor(status: IdentityStatus, typed: string | undefined): string | null {
  return status.sealer === 'passphrase' ? (typed ?? '') : null;
}
