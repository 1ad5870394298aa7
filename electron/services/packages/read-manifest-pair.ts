import { z } from 'zod';
import { decodeBase64url } from '../../../shared/crypto/base64url.ts';
import { canonicalBytes } from '../../../shared/crypto/canonical-json.ts';
import type { CryptoPort } from '../../../shared/crypto/crypto-port.ts';
import { manifestFormatOf, PACKAGE_FORMAT, packageManifestSchema, type PackageManifest } from '../../../shared/packages/package-manifest.ts';
import { signatureSchema } from '../../../shared/crypto/signature-schema.ts';
import { decodeUtf8 } from '../../../shared/crypto/utf8.ts';
import { PackageRefused } from './package-refused.ts';

function parseJson(bytes: Uint8Array, code: 'schema' | 'bad_signature', what: string): unknown {
  try {
    return JSON.parse(decodeUtf8(bytes)) as unknown;
  } catch {
    throw new PackageRefused(code, `评审包中的 ${what} 不是有效的 JSON（UTF-8），文件已损坏`, what);
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
  if (format === null) throw new PackageRefused('schema', '评审包清单 manifest.json 没有写明格式（format），无法识别', 'manifest.json');
  if (format !== PACKAGE_FORMAT) {
    const major = /^pingshen\.package\/(\d+)/.exec(format)?.[1];
    const message = major === undefined
      ? `manifest.json 的格式为「${format.slice(0, 80)}」，不是评审台的评审包`
      : `评审包格式为第 ${major} 版，本程序只能打开第 1 版（${PACKAGE_FORMAT}），请升级评审台后再打开`;
    throw new PackageRefused('unsupported_version', message, 'manifest.json');
  }
  const parsed = packageManifestSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const shown = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(根)'}：${i.message}`).join('；');
    throw new PackageRefused('schema', `评审包清单内容无效：${shown}`, 'manifest.json');
  }
  const manifest = parsed.data;

  const signature = signatureSchema.safeParse(parseJson(signatureBytes, 'bad_signature', 'manifest.sig'));
  if (!signature.success) throw new PackageRefused('bad_signature', '评审包的签名文件 manifest.sig 格式无效', 'manifest.sig');
  if (signature.data.publicKey !== manifest.coordinator.publicKey) {
    throw new PackageRefused('bad_signature', '签名所用的公钥不是清单中组织方的公钥，评审包来源不可信', 'manifest.sig');
  }
  let signed: Uint8Array;
  try {
    signed = canonicalBytes(raw);
  } catch {
    throw new PackageRefused('bad_signature', '评审包清单无法规范化，签名无法核对', 'manifest.json');
  }
  const valid = sameBytes(signed, manifestBytes) &&
    crypto.verify(decodeBase64url(manifest.coordinator.publicKey), signed, decodeBase64url(signature.data.value));
  if (!valid) throw new PackageRefused('bad_signature', '评审包签名校验失败：清单在签名后被改动过，或不是组织方签发的，请向组织方重新索取', 'manifest.json');
  return { manifest, raw };
}
