import { describe, expect, it } from 'vitest';
import type { IdentityStatus } from '../../../../shared/domain/trust-views.ts';
import {
  applyCreating, applyIdentity, applyIdentityFailed, applyIdentityLoading, applyUnlockDone, applyUnlocking, initialIdentityState, passphraseFor, signingStep,
} from '../../../../renderer/src/features/identity/identity-state.ts';

const none: IdentityStatus = {
  exists: false, name: null, organisation: null, publicKey: null, fingerprint: null, createdAt: null, sealer: 'passphrase', unlocked: false, needsPassphrase: false,
};
const sealed: IdentityStatus = { ...none, exists: true, name: '王明', organisation: '安徽职业技术大学', publicKey: 'pk', fingerprint: 'f', createdAt: '2026', needsPassphrase: true };

describe('identity state', () => {
  it('loads, and shows an identity reported by any call (create, unlock) even before a load', () => {
    expect(applyIdentityLoading(initialIdentityState).identity.phase).toBe('loading');
    expect(applyIdentity(applyIdentityLoading(initialIdentityState), none).identity).toMatchObject({ phase: 'ready', value: none });
    expect(applyIdentity(initialIdentityState, sealed).identity).toMatchObject({ phase: 'ready', value: sealed });
    const error = new Error('x');
    expect(applyIdentityFailed(applyIdentityLoading(initialIdentityState), error).identity).toMatchObject({ phase: 'failed', error });
  });

  it('keeps a wrong passphrase to show in the dialog, cleared when the next try starts or the key opens', () => {
    const refused = applyUnlockDone(applyUnlocking(initialIdentityState), new Error('口令不正确'));
    expect(refused).toMatchObject({ unlocking: false, unlockError: new Error('口令不正确') });
    expect(applyUnlocking(refused)).toMatchObject({ unlocking: true, unlockError: null });
    expect(applyUnlockDone(applyUnlocking(refused), null).unlockError).toBeNull();
  });

  it('marks creating while the key is made', () => {
    expect(applyCreating(initialIdentityState, true).creating).toBe(true);
    expect(applyCreating(applyCreating(initialIdentityState, true), false).creating).toBe(false);
  });

  it('says what signing needs first: an identity, the passphrase, or nothing', () => {
    expect(signingStep(none)).toBe('create-identity');
    expect(signingStep(sealed)).toBe('ask-passphrase');
    expect(signingStep({ ...sealed, needsPassphrase: false, unlocked: true })).toBe('ready');
    expect(signingStep({ ...sealed, sealer: 'os', needsPassphrase: false })).toBe('ready');
  });

  it('sends a passphrase only where the key is sealed by one', () => {
    expect(passphraseFor(none, '评审口令 2026')).toBe('评审口令 2026');
    expect(passphraseFor(none, undefined)).toBe('');
    expect(passphraseFor({ ...none, sealer: 'os' }, 'typed anyway')).toBeNull();
  });
});
