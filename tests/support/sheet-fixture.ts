// Signed score sheets for trust tests: one expert, two applications scored with sampleRubric.
import type { Rubric } from '../../shared/domain/rubric.ts';
import { encodeBase64url } from '../../shared/crypto/base64url.ts';
import { canonicalJson } from '../../shared/crypto/canonical-json.ts';
import type { UnsignedScoreSheet } from '../../shared/sheets/sheet-schema.ts';
import type { VerifyContext } from '../../shared/sheets/verify-result.ts';
import { generateKeyPair } from '../../electron/services/crypto/node-crypto.ts';
import { signSheet } from '../../electron/services/sheets/sign-sheet.ts';
import type { SignedSheetFile } from '../../electron/services/sheets/sign-sheet.ts';
import { sampleRubric } from './rubric-fixture.ts';

/** The package digest the fixture's review sent out. */
export const PACKAGE_DIGEST = 'ab'.repeat(32);

/** An expert's key pair with the public key also as base64url. */
export interface TestKeys {
  readonly publicKeyRaw: Uint8Array;
  readonly privateKeyPkcs8: Uint8Array;
  readonly publicKey: string;
}

/** A fresh Ed25519 key pair. */
export function testKeys(): TestKeys {
  const pair = generateKeyPair();
  return { ...pair, publicKey: encodeBase64url(pair.publicKeyRaw) };
}

/** Both applications of the review, scored with sampleRubric. */
export function reviewRubrics(): Map<string, Rubric> {
  return new Map([
    ['sub-a', sampleRubric()],
    ['sub-b', sampleRubric()],
  ]);
}

/** Version 1 of 李明's sheet: sub-a 27.8 points, sub-b 20.5, a declared conflict on sub-c. */
export function unsignedSheet(keys: TestKeys, overrides: Partial<UnsignedScoreSheet> = {}): UnsignedScoreSheet {
  const scores = (c1: number, c2: number, c3: number) => [
    { criterionId: 'c1', score: c1, comment: '课程体系完整，对接岗位标准', evidence: [{ documentId: 'sub-a-app', page: 12, quote: '课程体系' }] },
    { criterionId: 'c2', score: c2, comment: '双师型教师占比 62%', evidence: [{ documentId: 'sub-a-app', page: 18 }] },
    { criterionId: 'c3', score: c3, comment: '', evidence: [] },
  ];
  return {
    format: 'pingshen.sheet/1',
    reviewId: 'review-2026',
    packageDigest: PACKAGE_DIGEST,
    expert: { id: 'expert-li', name: '李明', organisation: '某职业技术学院', publicKey: keys.publicKey },
    version: 1,
    supersedes: null,
    createdAt: '2026-06-01T09:00:00.000Z',
    conflicts: [{ submissionId: 'sub-c', reason: '本人所在单位参与申报' }],
    submissions: [
      { submissionId: 'sub-a', rubricId: 'r1', scores: scores(12.5, 8, 7.3), checks: [{ checkId: 'k1', result: 'met' }], vetoes: [], total: 27.8, overallComment: '基础扎实' },
      { submissionId: 'sub-b', rubricId: 'r1', scores: scores(9, 6, 5.5), checks: [{ checkId: 'k1', result: 'not-met' }], vetoes: [], total: 20.5, overallComment: '' },
    ],
    ...overrides,
  };
}

/** Signs an unsigned sheet with the keys. */
export function sign(keys: TestKeys, unsigned: UnsignedScoreSheet): SignedSheetFile {
  return signSheet(unsigned, keys.privateKeyPkcs8, keys.publicKeyRaw);
}

/** Version 1 and version 2 (which supersedes it) of the expert's sheet. */
export function signedChain(keys: TestKeys): { v1: SignedSheetFile; v2: SignedSheetFile } {
  const v1 = sign(keys, unsignedSheet(keys));
  const v2 = sign(keys, unsignedSheet(keys, { version: 2, supersedes: v1.digest, createdAt: '2026-06-01T10:00:00.000Z' }));
  return { v1, v2 };
}

/** The full review context with the expert enrolled. */
export function reviewContext(keys: TestKeys, extra: Partial<VerifyContext> = {}): VerifyContext {
  return {
    enrolledKeys: new Map([['expert-li', keys.publicKey]]),
    reviewId: 'review-2026',
    packageDigest: PACKAGE_DIGEST,
    rubrics: reviewRubrics(),
    ...extra,
  };
}

/** A sheet as parsed JSON, loosely typed so a test can reach in and change anything. */
export type LooseSheet = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A file's bytes parsed, changed by `edit`, and written back canonically (so only the signature can notice). */
export function edited(bytes: Uint8Array, edit: (sheet: LooseSheet) => void): Uint8Array {
  const sheet = JSON.parse(Buffer.from(bytes).toString('utf8')) as LooseSheet;
  edit(sheet);
  return new Uint8Array(Buffer.from(`${canonicalJson(sheet)}\n`, 'utf8'));
}
