import { encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { unsignedScoreSheetSchema } from '../../../shared/sheets/sheet-schema.ts';
import type { ScoreSheet, UnsignedScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { verifySheet } from '../../../shared/sheets/verify-sheet.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { signJsonFile } from '../crypto/sign-json.ts';
import { dottedPath, issueLine } from '../../../shared/text/message-slots.ts';

/** A signed sheet ready to write: its bytes (JCS + newline), digest and conventional file name. */
export interface SignedSheetFile {
  readonly sheet: ScoreSheet;
  readonly bytes: Uint8Array;
  /** SHA-256 hex of the JCS of the whole signed sheet: what version N+1's `supersedes` names. */
  readonly digest: string;
  /** `<reviewId>-<expertId>-v<N>.pingshen-sheet.json` (ids are [a-z0-9-], safe in any file system). */
  readonly fileName: string;
}

/** `<reviewId>-<expertId>-v<N>.pingshen-sheet.json` */
export function sheetFileName(sheet: Pick<UnsignedScoreSheet, 'reviewId' | 'expert' | 'version'>): string {
  return `${sheet.reviewId}-${sheet.expert.id}-v${String(sheet.version)}.pingshen-sheet.json`;
}

/**
 * Signs a score sheet with the expert's key. Refuses (throws, in Chinese) a sheet the schema refuses,
 * a key pair that does not match the sheet's expert key, and anything not plain JSON (an
 * `undefined` member included), then verifies its own output so it never writes a sheet the
 * verifier would refuse.
 */
export function signSheet(unsigned: UnsignedScoreSheet, privateKey: Uint8Array, publicKeyRaw: Uint8Array): SignedSheetFile {
  const parsed = unsignedScoreSheetSchema.safeParse(unsigned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`评分表内容不完整，无法签名：${issueLine(dottedPath(issue?.path), issue?.message ?? '未知问题')}`);
  }
  if (unsigned.expert.publicKey !== encodeBase64url(publicKeyRaw)) throw new Error('评分表中的专家公钥与签名用的公钥不一致');
  const { signed: sheet, bytes } = signJsonFile<UnsignedScoreSheet>(unsigned, privateKey, publicKeyRaw);
  const check = verifySheet({ bytes, crypto: nodeCrypto });
  if (!check.ok) throw new Error(`签名后的评分表未通过自检：${check.message}`);
  return { sheet, bytes, digest: check.digest, fileName: sheetFileName(unsigned) };
}
