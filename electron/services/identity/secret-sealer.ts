/**
 * Seals the profile's private key at rest. Two kinds: 'os' (Electron's safeStorage: the OS keychain,
 * written in electron/main and passed in) and 'passphrase' (passphrase-sealer.ts).
 */
import { DomainError } from '../../../shared/errors/domain-error.ts';
export interface SecretSealer {
  readonly kind: 'os' | 'passphrase';
  /** Encrypts and authenticates the secret. */
  seal(bytes: Uint8Array): Uint8Array;
  /** Opens what seal produced; throws UnsealError when it cannot (wrong passphrase, other keychain, damage). */
  open(bytes: Uint8Array): Uint8Array;
}

/** A sealed secret that cannot be opened: wrong passphrase, another keychain, or damage; the message says what to do. */
export class UnsealError extends DomainError {
  override readonly name = 'UnsealError';

  constructor(key: 'identity.wrong-passphrase' | 'identity.envelope-damaged' | 'identity.other-keychain') {
    super(key, {});
  }
}
