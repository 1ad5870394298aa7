import type { SafeStorage } from 'electron';
import type { SecretSealer } from '../services/identity/secret-sealer.ts';
import { UnsealError } from '../services/identity/secret-sealer.ts';

/** The parts of Electron's safeStorage the sealer uses (a fake in tests). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * A sealer over the OS keychain (Keychain, DPAPI, libsecret/kwallet), or null when the OS offers none.
 * On Linux without a keyring Electron falls back to a fixed key ('basic_text'), which protects
 * nothing: that counts as none, and the user sets a passphrase instead. The bytes travel as base64
 * text, since safeStorage encrypts strings. Call after the app is ready.
 */
export function createSafeStorageSealer(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): SecretSealer | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return null;
  return {
    kind: 'os',
    seal: (bytes) => new Uint8Array(safeStorage.encryptString(Buffer.from(bytes).toString('base64'))),
    open(bytes) {
      try {
        return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(bytes)), 'base64'));
      } catch {
        throw new UnsealError('identity.other-keychain');
      }
    },
  };
}
