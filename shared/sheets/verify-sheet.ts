import { chineseErrorMap, englishErrorMap, englishMessage } from '../programs/zod-issues.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, decodeBase64url } from '../crypto/base64url.ts';
import { canonicalSignedFile } from '../crypto/signed-json.ts';
import { checkSheetScores } from './check-sheet-scores.ts';
import { checkVersionChain } from './check-version-chain.ts';
import type { CryptoPort } from '../crypto/crypto-port.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { toHex } from '../crypto/hex.ts';
import { SHEET_FORMAT, fastScoreSheetSchema, scoreSheetSchema } from './sheet-schema.ts';
import { decodeUtf8 } from '../crypto/utf8.ts';
import { reasonOf, reasonZh } from '../errors/reason.ts';
import { refuse } from './verify-result.ts';
import type { VerifyContext, VerifyFailure, VerifyResult } from './verify-result.ts';

/** Largest sheet file read (5 MiB): a real sheet is tens of kilobytes; anything bigger is refused unparsed. */
export const SHEET_SIZE_LIMIT = 5 * 1024 * 1024;

/** The refusal for a file over the size limit; callers that stat a file first use it without reading. */
export function sheetTooLarge(size: number): VerifyFailure {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return refuse('too_large', reasonOf('sheet-refusals.too-large', { size: mb(size), limit: mb(SHEET_SIZE_LIMIT) }));
}

// Step 2: the format tag, read before the schema so a future major gets its own message.
function checkFormat(raw: unknown): VerifyFailure | null {
  const format = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { format?: unknown }).format : undefined;
  const prefix = SHEET_FORMAT.slice(0, SHEET_FORMAT.indexOf('/') + 1);
  if (typeof format !== 'string' || !format.startsWith(prefix)) {
    return refuse('not_a_sheet', typeof format === 'string' ? reasonOf('sheet-refusals.not-a-sheet', { format: format.slice(0, 60) }) : reasonOf('sheet-refusals.no-format', {}));
  }
  if (format !== SHEET_FORMAT) {
    const version = format.slice(prefix.length, prefix.length + 20);
    return refuse('unsupported_version', reasonOf('sheet-refusals.unsupported-version', { version, format: SHEET_FORMAT }));
  }
  return null;
}

// Step 6: the signing key must be the one enrolled for this expert; otherwise the coordinator decides.
function checkEnrolment(expert: { id: string; name: string; publicKey: string }, keys: ReadonlyMap<string, string>, fp: string): VerifyFailure | null {
  const enrolled = keys.get(expert.id);
  if (enrolled === expert.publicKey) return null;
  const params = { name: expert.name, expertId: expert.id, fingerprint: fp };
  const reason = enrolled === undefined ? reasonOf('sheet-refusals.key-not-enrolled', params) : reasonOf('sheet-refusals.key-differs', params);
  return { ok: false, code: 'key_not_enrolled', status: 'pending', message: reasonZh(reason), reason, fingerprint: fp };
}

/**
 * Verifies a score sheet file, check by check, stopping at the first failure:
 * 1 size, UTF-8 JSON · 2 format · 3 schema · 4 canonical bytes · 5 signature (these five always run)
 * · 6 enrolled key · 7 review, package · 8 submissions and items · 9 points, totals · 10 version chain
 * (each only when the context carries what it needs; see docs/trust.md).
 */
export function verifySheet(input: { bytes: Uint8Array; crypto: CryptoPort; context?: VerifyContext }): VerifyResult {
  const { bytes, crypto, context = {} } = input;
  if (bytes.length > SHEET_SIZE_LIMIT) return sheetTooLarge(bytes.length);
  let raw: unknown;
  let text: string;
  try {
    text = decodeUtf8(bytes);
    raw = JSON.parse(text);
  } catch {
    return refuse('not_json', reasonOf('sheet-refusals.not-json', {}));
  }
  const formatFailure = checkFormat(raw);
  if (formatFailure) return formatFailure;
  // The fast schema accepts exactly what the full one does; only a refusal needs the full one's words.
  const fast = fastScoreSheetSchema.safeParse(raw);
  const parsed = fast.success ? fast : scoreSheetSchema.safeParse(raw, { error: chineseErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')} — ` : '';
    // The same first issue in English, for the English screens (a refusal is rare: a third parse is cheap).
    const english = scoreSheetSchema.safeParse(raw, { error: englishErrorMap });
    const issueEn = english.success || english.error.issues[0] === undefined ? '' : englishMessage(english.error.issues[0]);
    return refuse('schema', reasonOf('sheet-refusals.schema', { where, issue: `${issue?.message ?? ''}\t${issueEn}` }));
  }
  const sheet = parsed.data;
  // Step 4: exactly the canonical form, as signed.
  const signedFile = canonicalSignedFile(raw as object, bytes, text);
  if (signedFile === null) {
    return refuse('not_canonical', reasonOf('sheet-refusals.not-canonical', {}));
  }
  const { canonical } = signedFile;
  const publicKey = decodeBase64url(sheet.expert.publicKey, PUBLIC_KEY_BYTES);
  if (sheet.signature.publicKey !== sheet.expert.publicKey) return refuse('bad_signature', reasonOf('sheet-refusals.key-mismatch', {}));
  // The signature covers the parsed file itself, not the schema's copy of it.
  if (!crypto.verify(publicKey, signedFile.signingInput, decodeBase64url(sheet.signature.value, SIGNATURE_BYTES))) {
    return refuse('bad_signature', reasonOf('sheet-refusals.bad-signature', {}));
  }
  const fingerprint = fingerprintOf(crypto, publicKey);
  const enrolment = context.enrolledKeys && checkEnrolment(sheet.expert, context.enrolledKeys, fingerprint);
  if (enrolment) return enrolment;
  // The review before the package: a sheet of another review is best explained by naming that review.
  if (context.reviewId !== undefined && sheet.reviewId !== context.reviewId) {
    return refuse('wrong_review', reasonOf('sheet-refusals.wrong-review', { sheetReview: sheet.reviewId, reviewId: context.reviewId }), fingerprint);
  }
  const packageKnown = (context.packageDigest === undefined || sheet.packageDigest === context.packageDigest) && (context.packageDigests?.has(sheet.packageDigest) ?? true);
  if (!packageKnown) {
    return refuse('wrong_package', reasonOf('sheet-refusals.wrong-package', {}), fingerprint);
  }
  const scoreFailure = context.rubrics && checkSheetScores(sheet, context.rubrics, fingerprint);
  if (scoreFailure) return scoreFailure;
  const digest = toHex(crypto.sha256(canonical));
  const chain = context.knownSheets ? checkVersionChain(sheet, digest, context.knownSheets, fingerprint) : { superseded: false };
  if ('failure' in chain) return chain.failure;
  return { ok: true, sheet, digest, fingerprint, superseded: chain.superseded };
}
