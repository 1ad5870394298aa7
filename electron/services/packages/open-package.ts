import { stat } from 'node:fs/promises';
import type { CryptoPort } from '../../../shared/crypto/crypto-port.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import { toHex } from '../../../shared/crypto/hex.ts';
import { canonicalJson } from '../../../shared/crypto/canonical-json.ts';
import { decodeBase64url } from '../../../shared/crypto/base64url.ts';
import { MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, packageDigest, type PackageDocument, type PackageManifest } from '../../../shared/packages/package-manifest.ts';
import { readFolderSafely } from '../zip/read-folder-safely.ts';
import { readZipSafely } from '../zip/read-zip-safely.ts';
import type { SafeArchive, SafeEntry } from '../zip/safe-archive.ts';
import type { ZipLimits } from '../zip/zip-limits.ts';
import { ZipRefused } from '../zip/zip-refused.ts';
import { readManifestPair } from './read-manifest-pair.ts';
import { PackageRefused, packageRefused } from './package-refused.ts';

/** A package whose signature and every file checked out; nothing of it is stored yet. */
export interface OpenedPackage {
  readonly manifest: PackageManifest;
  /** The signed text of the manifest (its JCS), kept verbatim when the package is recorded. */
  readonly manifestJcs: string;
  /** SHA-256 hex of the manifest's JCS bytes: the package's identity, named by score sheets. */
  readonly digest: string;
  readonly coordinatorFingerprint: string;
  /** Each document's bytes by SHA-256, every one verified. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

// Files that Explorer and Finder add to a folder or a re-made zip by themselves: never read, so harmless.
const osMetadata = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$|^__MACOSX\//i;

// Far above any real manifest (hundreds of submissions), low enough to read into memory safely.
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 4096;

async function openArchive(file: string, limits: Partial<ZipLimits> | undefined): Promise<SafeArchive> {
  const options = limits ? { limits } : {};
  const found = await stat(file).catch(() => null);
  if (found === null) throw packageRefused('not_a_package', 'packages.file-not-found', { file });
  try {
    return found.isDirectory() ? await readFolderSafely(file, options) : await readZipSafely(file, options);
  } catch (error) {
    throw refusalOf(error);
  }
}

function refusalOf(error: unknown): unknown {
  if (!(error instanceof ZipRefused)) return error;
  if (error.code === 'not_a_zip') return packageRefused('not_a_package', 'packages.not-a-zip', {}, null, { cause: error });
  // The archive's own refusal, as the zip reader worded it.
  return new PackageRefused('bad_archive', error.key, error.params, error.entry, { cause: error });
}

async function readEntry(entry: SafeEntry, max: number, what: PackageRefused['code']): Promise<Uint8Array> {
  if (entry.size > max) throw packageRefused(what, 'packages.entry-too-large', { entry: entry.name, size: entry.size }, entry.name);
  try {
    return await entry.read();
  } catch (error) {
    throw refusalOf(error);
  }
}

function describe(document: PackageDocument, manifest: PackageManifest): { path: string; submission: string; title: string } {
  // Every listed document comes from a submission of the manifest, so the owner is always found.
  const owner = manifest.submissions.find((s) => s.documents.some((d) => d.path === document.path));
  return { path: document.path, submission: owner?.title ?? '', title: document.title };
}

/**
 * Opens a review package (zip or folder) and checks it completely before anything is shown or
 * stored: a package at all (`not_a_package`), a safe archive (`bad_archive`), manifest.json and
 * manifest.sig present (`missing_manifest`), known format major (`unsupported_version`), schema
 * (`schema`), coordinator's signature (`bad_signature`), every listed file present (`missing_file`)
 * and nothing else but `manifest.*` and OS litter such as Thumbs.db (`unlisted_file`), each file's
 * size and SHA-256 (`hash_mismatch`). Every document is held in memory (the archive caps bound it).
 */
export async function openReviewPackage(options: { file: string; crypto: CryptoPort; limits?: Partial<ZipLimits> }): Promise<OpenedPackage> {
  const { crypto } = options;
  const archive = await openArchive(options.file, options.limits);
  try {
    const manifestEntry = archive.get(MANIFEST_FILE);
    const signatureEntry = archive.get(MANIFEST_SIGNATURE_FILE);
    if (!manifestEntry || !signatureEntry) {
      const missing = [manifestEntry ? null : MANIFEST_FILE, signatureEntry ? null : MANIFEST_SIGNATURE_FILE].filter((n) => n !== null).join('、');
      throw packageRefused('missing_manifest', 'packages.missing-manifest', { missing }, missing);
    }
    const manifestBytes = await readEntry(manifestEntry, MAX_MANIFEST_BYTES, 'schema');
    const signatureBytes = await readEntry(signatureEntry, MAX_SIGNATURE_BYTES, 'bad_signature');
    const { manifest, raw } = readManifestPair(crypto, manifestBytes, signatureBytes);

    const listed = new Map<string, PackageDocument>();
    for (const document of manifest.submissions.flatMap((s) => s.documents)) listed.set(document.path, document);
    for (const document of listed.values()) {
      if (!archive.get(document.path)) throw packageRefused('missing_file', 'packages.missing-file', describe(document, manifest), document.path);
    }
    for (const entry of archive.entries) {
      if (!listed.has(entry.name) && !/^manifest\.[^/]+$/.test(entry.name) && !osMetadata.test(entry.name)) {
        throw packageRefused('unlisted_file', 'packages.unlisted-file', { entry: entry.name }, entry.name);
      }
    }
    const files = new Map<string, Uint8Array>();
    for (const document of listed.values()) {
      const entry = archive.get(document.path) as SafeEntry;
      const mismatch = () => packageRefused('hash_mismatch', 'packages.hash-mismatch', describe(document, manifest), document.path);
      if (entry.size !== document.size) throw mismatch();
      const bytes = await readEntry(entry, document.size, 'hash_mismatch');
      if (toHex(crypto.sha256(bytes)) !== document.sha256) throw mismatch();
      files.set(document.sha256, bytes);
    }
    return {
      manifest,
      manifestJcs: canonicalJson(raw),
      digest: packageDigest(crypto, raw),
      coordinatorFingerprint: fingerprintOf(crypto, decodeBase64url(manifest.coordinator.publicKey)),
      files,
    };
  } finally {
    archive.close();
  }
}
