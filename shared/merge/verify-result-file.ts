import { chineseErrorMap } from '../programs/zod-issues.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, decodeBase64url } from '../crypto/base64url.ts';
import { decodeUtf8 } from '../crypto/canonical-json.ts';
import { canonicalSignedFile } from '../crypto/signed-json.ts';
import type { CryptoPort } from '../crypto/crypto-port.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { toHex } from '../crypto/hex.ts';
import { RESULT_FORMAT, signedResultSchema, type SignedResult } from './result-schema.ts';

/** A result file checked: what it says, its digest and the coordinator's fingerprint; or why it is refused. */
export type ResultCheck =
  | { readonly ok: true; readonly result: SignedResult; readonly digest: string; readonly fingerprint: string }
  | { readonly ok: false; readonly code: 'too_large' | 'not_json' | 'not_a_result' | 'schema' | 'not_canonical' | 'bad_signature'; readonly message: string };

/** Largest result file read: tens of kilobytes for a real call. */
export const RESULT_SIZE_LIMIT = 20 * 1024 * 1024;

/**
 * Verifies a signed result as the department would: JSON, format, schema, canonical form (RFC 8785,
 * one trailing newline allowed) and the coordinator's Ed25519 signature over the JCS without the
 * `signature` member. The fingerprint is to be compared with the coordinator's key card.
 */
export function verifyResultFile(bytes: Uint8Array, crypto: CryptoPort): ResultCheck {
  if (bytes.length > RESULT_SIZE_LIMIT) return { ok: false, code: 'too_large', message: '文件过大，不是评审结果' };
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(bytes));
  } catch {
    return { ok: false, code: 'not_json', message: '文件不是有效的 UTF-8 JSON（可能不完整或已损坏）' };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== RESULT_FORMAT) {
    return { ok: false, code: 'not_a_result', message: `这不是评审结果文件（format 须为 ${RESULT_FORMAT}）` };
  }
  const parsed = signedResultSchema.safeParse(raw, { error: chineseErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: 'schema', message: `评审结果内容不符合格式：${issue?.path.map(String).join('.') ?? ''} — ${issue?.message ?? ''}` };
  }
  const signedFile = canonicalSignedFile(raw as object, bytes);
  if (signedFile === null) {
    return { ok: false, code: 'not_canonical', message: '文件不是签名时的规范格式（RFC 8785）：签名后被重新排版或改动过' };
  }
  const result = parsed.data;
  if (result.signature.publicKey !== result.coordinator.publicKey) return { ok: false, code: 'bad_signature', message: '签名所用的公钥与结果中的组织方公钥不一致' };
  const publicKey = decodeBase64url(result.coordinator.publicKey, PUBLIC_KEY_BYTES);
  if (!crypto.verify(publicKey, signedFile.signingInput, decodeBase64url(result.signature.value, SIGNATURE_BYTES))) {
    return { ok: false, code: 'bad_signature', message: '签名无效：评审结果在签名后被改动过，或签名已损坏' };
  }
  return { ok: true, result, digest: toHex(crypto.sha256(signedFile.canonical)), fingerprint: fingerprintOf(crypto, publicKey) };
}
