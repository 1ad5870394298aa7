import { isDomainErrorCode, type DomainErrorCode, type DomainErrorParams } from '../../../shared/errors/domain-catalogue.ts';
import { DomainError } from '../../../shared/errors/domain-error.ts';

/** Why a review package was refused, in the order the checks run (`conflict` comes from the import). */
export type PackageRefusalCode =
  | 'not_a_package'
  | 'bad_archive'
  | 'missing_manifest'
  | 'unsupported_version'
  | 'schema'
  | 'bad_signature'
  | 'missing_file'
  | 'unlisted_file'
  | 'hash_mismatch'
  | 'unknown_expert'
  | 'conflict';

/**
 * A package that will not be opened or imported: a coarse code callers branch on, the catalogue entry
 * of its message, and `entry`, the file at fault. A plain Chinese message in place of a catalogue code
 * (merge-context-of-packages, not yet converted) is kept as said, under `packages.said`.
 */
export class PackageRefused extends DomainError {
  override readonly name = 'PackageRefused';
  override readonly code: PackageRefusalCode;
  readonly entry: string | null;

  constructor(code: PackageRefusalCode, keyOrMessage: string, params: Readonly<Record<string, string | number>> = {}, entry: string | null = null, options?: ErrorOptions) {
    const known = isDomainErrorCode(keyOrMessage);
    super(known ? keyOrMessage : 'packages.said', known ? params : { reason: keyOrMessage }, options);
    this.code = code;
    this.entry = entry;
  }
}

/** A refusal whose parameters are checked against its message's slots; `entry` names the file at fault. */
export function packageRefused<Key extends DomainErrorCode>(code: PackageRefusalCode, key: Key, params: DomainErrorParams<Key>, entry: string | null = null, options?: ErrorOptions): PackageRefused {
  return new PackageRefused(code, key, params, entry, options);
}
