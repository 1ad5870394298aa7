import { z } from 'zod';
import { decodeBase64url } from '../../../shared/crypto/base64url.ts';
import { canonicalBytes } from '../../../shared/crypto/canonical-json.ts';
import type { CryptoPort } from '../../../shared/crypto/crypto-port.ts';
import { manifestFormatOf, PACKAGE_FORMAT, packageManifestSchema, type PackageManifest } from '../../../shared/packages/package-manifest.ts';
import { signatureSchema } from '../../../shared/crypto/signature-schema.ts';
import { decodeUtf8 } from '../../../shared/crypto/utf8.ts';
import { packageRefused } from './package-refused.ts';

function parseJson(bytes: Uint8Array, code: 'schema' | 'bad_signature', what: string): unknown {
  try {
    return JSON.parse(decodeUtf8(bytes)) as unknown;
  } catch {
    throw packageRefused(code, 'packages.not-json', { entry: what }, what);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Checks `manifest.json` and `manifest.sig`, in order: JSON, format version, schema, signature. The
 * signature covers the JCS bytes of the manifest, and the file must be exactly those bytes (what we
 * write), so no second reading of the same file (duplicate keys, other spacing) can differ.
 * Returns the manifest as parsed and as signed (`raw`, the value the digest is taken over).
 */
export function readManifestPair(crypto: CryptoPort, manifestBytes: Uint8Array, signatureBytes: Uint8Array): { manifest: PackageManifest; raw: unknown } {
  const raw = parseJson(manifestBytes, 'schema', 'manifest.json');
  const format = manifestFormatOf(raw);
  if (format === null) throw packageRefused('schema', 'packages.no-format', {}, 'manifest.json');
  if (format !== PACKAGE_FORMAT) {
    const major = /^pingshen\.package\/(\d+)/.exec(format)?.[1];
    throw major === undefined
      ? packageRefused('unsupported_version', 'packages.foreign-format', { format: format.slice(0, 80) }, 'manifest.json')
      : packageRefused('unsupported_version', 'packages.newer-format', { major, supported: PACKAGE_FORMAT }, 'manifest.json');
  }
  const parsed = packageManifestSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const shown = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(根)'}：${i.message}`).join('；');
    throw packageRefused('schema', 'packages.schema', { issues: shown }, 'manifest.json');
  }
  const manifest = parsed.data;

  const signature = signatureSchema.safeParse(parseJson(signatureBytes, 'bad_signature', 'manifest.sig'));
  if (!signature.success) throw packageRefused('bad_signature', 'packages.signature-file', {}, 'manifest.sig');
  if (signature.data.publicKey !== manifest.coordinator.publicKey) {
    throw packageRefused('bad_signature', 'packages.foreign-key', {}, 'manifest.sig');
  }
  let signed: Uint8Array;
  try {
    signed = canonicalBytes(raw);
  } catch {
    throw packageRefused('bad_signature', 'packages.not-canonical', {}, 'manifest.json');
  }
  const valid = sameBytes(signed, manifestBytes) &&
    crypto.verify(decodeBase64url(manifest.coordinator.publicKey), signed, decodeBase64url(signature.data.value));
  if (!valid) throw packageRefused('bad_signature', 'packages.bad-signature', {}, 'manifest.json');
  return { manifest, raw };
}
