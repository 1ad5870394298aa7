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

/** A package that will not be opened or imported, with a Chinese reason; `entry` names the file at fault. */
export class PackageRefused extends Error {
  override readonly name = 'PackageRefused';
  readonly code: PackageRefusalCode;
  readonly entry: string | null;

  constructor(code: PackageRefusalCode, message: string, entry: string | null = null, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.entry = entry;
  }
}
