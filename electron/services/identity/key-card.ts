import { z } from 'zod';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, decodeBase64url, encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { canonicalJson, utf8 } from '../../../shared/crypto/canonical-json.ts';
import { fingerprintOf, keyCardFileName } from '../../../shared/crypto/fingerprint.ts';
import { publicKeySchema, signatureSchema } from '../../../shared/crypto/signature-schema.ts';
import { signingInput } from '../../../shared/crypto/signing-input.ts';
import { decodeUtf8 } from '../../../shared/crypto/utf8.ts';
import { nodeCrypto, publicKeyOf, signBytes } from '../crypto/node-crypto.ts';
import { chineseErrorMap } from '../../../shared/programs/zod-issues.ts';
import { dottedPath, firstName, issueLine } from '../../../shared/text/message-slots.ts';

/** Format tag of key cards. */
export const KEY_CARD_FORMAT = 'pingshen.keycard/1';

/** A key card (公钥卡): an expert's public key and fingerprint, self-signed, handed to the coordinator before the meeting. */
export const keyCardSchema = z.strictObject({
  format: z.literal(KEY_CARD_FORMAT),
  expertName: z.string().min(1).max(100),
  organisation: z.string().max(200),
  publicKey: publicKeySchema,
  fingerprint: z.string().max(64),
  createdAt: z.iso.datetime({ offset: true }),
  signature: signatureSchema,
});

/** A key card. */
export type KeyCard = z.infer<typeof keyCardSchema>;

/** Makes a self-signed key card: bytes are JCS + newline, the file name carries the fingerprint's start. */
export function makeKeyCard(input: { expertName: string; organisation: string; privateKeyPkcs8: Uint8Array; now?: Date }): {
  card: KeyCard;
  bytes: Uint8Array;
  fileName: string;
} {
  const publicKeyRaw = publicKeyOf(input.privateKeyPkcs8);
  const publicKey = encodeBase64url(publicKeyRaw);
  const fingerprint = fingerprintOf(nodeCrypto, publicKeyRaw);
  const body = {
    format: KEY_CARD_FORMAT,
    expertName: input.expertName,
    organisation: input.organisation,
    publicKey,
    fingerprint,
    createdAt: (input.now ?? new Date()).toISOString(),
  } as const;
  const value = encodeBase64url(signBytes(input.privateKeyPkcs8, signingInput(body)));
  const card = keyCardSchema.parse({ ...body, signature: { algorithm: 'Ed25519', publicKey, value } });
  return { card, bytes: utf8(`${canonicalJson(card)}\n`), fileName: keyCardFileName(fingerprint) };
}

/** The outcome of verifyKeyCard. */
export type KeyCardResult = { ok: true; card: KeyCard } | { ok: false; message: string };

/**
 * Verifies a key card: JSON, format, schema, the fingerprint recomputed from the key, and the
 * self-signature over the JCS of the card without `signature`. Unlike a score sheet, the file's
 * bytes need not be canonical: the card carries no scores, and the signature still covers its content.
 * A valid card proves only possession of the key; who holds it is settled by comparing fingerprints in person.
 */
export function verifyKeyCard(bytes: Uint8Array): KeyCardResult {
  if (bytes.length > 64 * 1024) return { ok: false, message: '文件过大，不是公钥卡' };
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(bytes));
  } catch {
    return { ok: false, message: '文件不是有效的 UTF-8 JSON' };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format !== 'string' || !format.startsWith('pingshen.keycard/')) return { ok: false, message: '这不是公钥卡文件' };
  if (format !== KEY_CARD_FORMAT) return { ok: false, message: `公钥卡格式版本「${firstName([format.slice(17, 37)], '空')}」不受支持` };
  const parsed = keyCardSchema.safeParse(raw, { error: chineseErrorMap });
  if (!parsed.success) {
    // Name the field and what is wrong with it; a problem of the whole card has no field.
    const issue = parsed.error.issues[0];
    return { ok: false, message: `公钥卡内容不符合格式：${issueLine(dottedPath(issue?.path), issue?.message ?? '未知问题')}` };
  }
  const card = parsed.data;
  const publicKeyRaw = decodeBase64url(card.publicKey, PUBLIC_KEY_BYTES);
  if (card.fingerprint !== fingerprintOf(nodeCrypto, publicKeyRaw)) return { ok: false, message: '公钥卡上的指纹与公钥不符' };
  const signature = decodeBase64url(card.signature.value, SIGNATURE_BYTES);
  let signed = false;
  try {
    signed = card.signature.publicKey === card.publicKey && nodeCrypto.verify(publicKeyRaw, signingInput(raw as object), signature);
  } catch {
    // Text that canonical JSON refuses (a lone surrogate) cannot have been signed by this app.
  }
  return signed ? { ok: true, card } : { ok: false, message: '公钥卡的签名无效：内容在签名后被改动过' };
}
