import type { DomainErrorCode, DomainErrorParams } from '../../../shared/errors/domain-catalogue.ts';
import { DomainError } from '../../../shared/errors/domain-error.ts';

/** Why an archive (or a package folder) was refused; `not_a_zip` means it is no zip at all. */
export type ZipRefusalCode =
  | 'not_a_zip'
  | 'corrupt'
  | 'unsafe_name'
  | 'duplicate_name'
  | 'symlink'
  | 'encrypted'
  | 'unsupported'
  | 'multi_disk'
  | 'too_many_entries'
  | 'too_large'
  | 'ratio';

/** An archive the safe reader will not read: a coarse code callers branch on, and the catalogue entry of its message. */
export class ZipRefused extends DomainError {
  override readonly name = 'ZipRefused';
  override readonly code: ZipRefusalCode;
  /** The entry's (decoded) name, or null when the refusal is about the whole archive. */
  readonly entry: string | null;

  constructor(code: ZipRefusalCode, key: DomainErrorCode, params: Readonly<Record<string, string | number>>, options?: ErrorOptions) {
    super(key, params, options);
    this.code = code;
    this.entry = typeof params['entry'] === 'string' ? params['entry'] : null;
  }
}

/** A refusal whose parameters are checked against its message's slots; `entry` names the entry at fault. */
export function zipRefused<Key extends DomainErrorCode>(code: ZipRefusalCode, key: Key, params: DomainErrorParams<Key>, options?: ErrorOptions): ZipRefused {
  return new ZipRefused(code, key, params, options);
}

/** Maps one of yauzl's English errors to a refusal the user can read; unknown ones count as corruption. */
export function refusalFromYauzl(error: Error, entry: string | null = null): ZipRefused {
  const text = error.message;
  const cause = { cause: error };
  if (/end of central directory record signature not found/i.test(text)) return zipRefused('not_a_zip', 'zip.not-a-zip', {}, cause);
  if (/multi-disk/i.test(text)) return zipRefused('multi_disk', 'zip.multi-disk', {}, cause);
  if (/strong encryption/i.test(text)) {
    return entry === null ? zipRefused('encrypted', 'zip.archive-encrypted', {}, cause) : zipRefused('encrypted', 'zip.entry-strongly-encrypted', { entry }, cause);
  }
  if (/too many bytes|not enough bytes|size mismatch/i.test(text)) {
    return entry === null ? zipRefused('corrupt', 'zip.archive-size-mismatch', {}, cause) : zipRefused('corrupt', 'zip.entry-size-mismatch', { entry }, cause);
  }
  if (/unsupported compression method/i.test(text)) {
    return entry === null ? zipRefused('unsupported', 'zip.archive-unsupported-method', {}, cause) : zipRefused('unsupported', 'zip.entry-unsupported', { entry }, cause);
  }
  return entry === null ? zipRefused('corrupt', 'zip.archive-corrupt', { detail: text }, cause) : zipRefused('corrupt', 'zip.entry-corrupt', { entry, detail: text }, cause);
}
