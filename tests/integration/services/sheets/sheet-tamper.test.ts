import fc from 'fast-check';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/crypto/canonical-json.ts';
import { catalogueText } from '../../../../shared/errors/domain-catalogue.ts';
import { scoreSheetSchema } from '../../../../shared/sheets/sheet-schema.ts';
import { SHEET_SIZE_LIMIT, verifySheet } from '../../../../shared/sheets/verify-sheet.ts';
import type { VerifyContext, VerifyResult } from '../../../../shared/sheets/verify-result.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { verifySheetFile } from '../../../../electron/services/sheets/verify-sheet-file.ts';
import { edited, reviewContext, sign, signedChain, testKeys, unsignedSheet } from '../../../support/sheet-fixture.ts';
import type { LooseSheet } from '../../../support/sheet-fixture.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const keys = testKeys();
const other = testKeys();
const { v1, v2 } = signedChain(keys);
const context = reviewContext(keys);
const tempDir = useTempDirs();

/** Verifies against the review context by default; null = standalone. */
function verify(bytes: Uint8Array, ctx: VerifyContext | null = context): VerifyResult {
  return verifySheet({ bytes, crypto: nodeCrypto, context: ctx ?? undefined });
}

/** A refusal as the English screens say it, the Chinese as the CLI and the audit keep it. */
function wordsOf(bytes: Uint8Array, ctx?: VerifyContext | null): { zh: string; en: string } {
  const result = verify(bytes, ctx);
  if (result.ok) throw new Error('the sheet verified');
  return { zh: result.message, en: catalogueText(result.reason.key, result.reason.params, 'en') };
}

// Chinese outside 「」 (which quote names from the files: data, not words).
const chineseWords = /[\u4e00-\u9fff]/u;
const outsideQuotes = (text: string) => text.replace(/「[^」]*」/gu, '');

function codeOf(bytes: Uint8Array, ctx?: VerifyContext | null): string {
  const result = verify(bytes, ctx);
  return result.ok ? 'ok' : result.code;
}

type Sheet = LooseSheet;
type Path = readonly (string | number)[];

/** Every leaf (string, number) of a JSON value, as a path. */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return typeof value === 'string' || typeof value === 'number' ? [path] : [];
}

function getAt(root: Sheet, path: Path): unknown {
  return path.reduce<any>((node, key) => node[key], root); // eslint-disable-line @typescript-eslint/no-explicit-any
}

function setAt(root: Sheet, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Sheet;
  parent[path.at(-1) as string] = value;
}

/**
 * A different value of the same kind, so most changes still fit the schema: numbers + 1; in strings
 * the first digit or ASCII letter moves on within its class (hex stays hex, base64url stays decodable,
 * ids stay ids, times stay times); text without one gets 「。」 appended.
 */
function changedLeaf(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  const text = String(value);
  const index = text.search(/[0-9a-zA-Z]/);
  if (index < 0) return `${text}。`;
  const char = text[index] ?? '';
  const next = /[0-9]/.test(char) ? String((Number(char) + 1) % 10) : /[a-f]/.test(char) && /^[0-9a-f]{64}$/.test(text) ? 'abcdef'['abcdef'.indexOf(char) + 1] ?? 'a' : char === 'z' ? 'a' : char === 'Z' ? 'A' : String.fromCharCode(char.charCodeAt(0) + 1);
  return `${text.slice(0, index)}${next}${text.slice(index + 1)}`;
}

describe('a signed sheet', () => {
  it('verifies against the full review context, with its digest and fingerprint', () => {
    const known = [{ expertId: 'expert-li', version: 1, digest: v1.digest, supersedes: null }];
    const result = verify(v2.bytes, reviewContext(keys, { knownSheets: known }));
    expect(result).toMatchObject({ ok: true, digest: v2.digest, superseded: false });
    if (!result.ok) return;
    expect(result.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(result.sheet.expert.name).toBe('李明');
    expect(v2.fileName).toBe('review-2026-expert-li-v2.pingshen-sheet.json');
    expect(Buffer.from(v2.bytes).toString('utf8')).toBe(`${canonicalJson(v2.sheet)}\n`);
  });

  it('verifies standalone (no context) and without its trailing newline', () => {
    expect(codeOf(v2.bytes, null)).toBe('ok');
    expect(codeOf(v2.bytes.subarray(0, -1))).toBe('ok');
  });
});

describe('tampering after signing is refused', () => {
  it.each<[string, (s: Sheet) => void]>([
    ['a score', (s) => (s.submissions[0].scores[0].score = 13)],
    ['a comment', (s) => (s.submissions[0].scores[1].comment += '。')],
    ['the overall comment', (s) => (s.submissions[1].overallComment = '优秀')],
    ['the total', (s) => (s.submissions[0].total = 28)],
    ['the expert name', (s) => (s.expert.name = '王强')],
    ['the expert id', (s) => (s.expert.id = 'expert-wang')],
    ['the expert organisation', (s) => (s.expert.organisation = '另一所学院')],
    ['the signing time', (s) => (s.createdAt = '2026-06-02T10:00:00.000Z')],
    ['an evidence quote', (s) => (s.submissions[0].scores[0].evidence[0].quote = '课程')],
    ['a check result', (s) => (s.submissions[0].checks[0].result = 'not-met')],
    ['scores swapped between two criteria', (s) => ([s.submissions[0].scores[1].score, s.submissions[0].scores[2].score] = [s.submissions[0].scores[2].score, s.submissions[0].scores[1].score])],
    ['only the signature key (signature.publicKey ≠ expert.publicKey)', (s) => (s.signature.publicKey = other.publicKey)],
    ['the expert key', (s) => (s.expert.publicKey = other.publicKey)],
    ['both keys (signature by the original expert)', (s) => ((s.expert.publicKey = other.publicKey), (s.signature.publicKey = other.publicKey))],
    ['the version', (s) => (s.version = 3)],
    ['the package digest', (s) => (s.packageDigest = 'cd'.repeat(32))],
    ['the review id', (s) => (s.reviewId = 'review-2025')],
    ['supersedes', (s) => (s.supersedes = 'ef'.repeat(32))],
    ['an evidence page', (s) => (s.submissions[0].scores[0].evidence[0].page = 13)],
    ['a veto mark added', (s) => s.submissions[1].vetoes.push('v1')],
    ['a declared conflict removed', (s) => (s.conflicts = [])],
    // A character that differs from the one it replaces: keys are fresh each run, so a fixed 'A' matched 1 run in 64.
    ['the signature value', (s) => (s.signature.value = `${s.signature.value.slice(0, 10)}${s.signature.value[10] === 'A' ? 'B' : 'A'}${s.signature.value.slice(11)}`)],
  ])('%s → bad_signature', (_what, edit) => {
    const result = verify(edited(v2.bytes, edit));
    expect(result).toMatchObject({ ok: false, code: 'bad_signature', status: 'refused' });
  });

  it('any single changed byte is refused', () => {
    fc.assert(
      fc.property(fc.nat(v2.bytes.length - 1), fc.integer({ min: 1, max: 255 }), (index, delta) => {
        const bytes = v2.bytes.slice();
        bytes[index] = ((bytes[index] ?? 0) + delta) % 256;
        expect(verify(bytes).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('every member of the signed sheet, changed on its own, is refused: by the signature whenever the change still fits the schema', () => {
    const refusals = leafPaths(v2.sheet).map((path) => {
      const bytes = edited(v2.bytes, (s) => setAt(s, path, changedLeaf(getAt(s, path))));
      const result = verify(bytes);
      const sheet = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
      const stillFits = scoreSheetSchema.safeParse(sheet).success;
      return { path: path.join('.'), code: result.ok ? 'ok' : result.code, stillFits };
    });
    expect(refusals.filter((r) => r.code === 'ok')).toEqual([]);
    expect(refusals.filter((r) => r.stillFits && r.code !== 'bad_signature')).toEqual([]);
    // The members the issue names are among them, and their changes still fit the schema (so only the signature can tell).
    const byPath = new Map(refusals.map((r) => [r.path, r]));
    for (const path of ['submissions.0.scores.0.score', 'submissions.0.scores.1.comment', 'expert.name', 'expert.publicKey', 'version', 'packageDigest', 'supersedes', 'submissions.1.total', 'signature.value']) {
      expect(byPath.get(path), path).toEqual({ path, code: 'bad_signature', stillFits: true });
    }
    expect(refusals.length).toBeGreaterThan(50);
  });

  it('never throws, whatever JSON carries the sheet format', () => {
    const names = Object.keys(v2.sheet);
    const member = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...Object.values(v2.sheet)));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), member), (parts) => {
        const bytes = new Uint8Array(Buffer.from(canonicalJson({ ...v2.sheet, ...parts, format: 'pingshen.sheet/1' })));
        expect(() => verify(bytes)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('re-signing with another key is authentic but not enrolled: pending, with the new fingerprint', () => {
    const forged = sign(other, unsignedSheet(other));
    const result = verify(forged.bytes, reviewContext(keys));
    expect(result).toMatchObject({ ok: false, code: 'key_not_enrolled', status: 'pending' });
    const standalone = verify(forged.bytes, null);
    expect(standalone.ok && !result.ok && result.fingerprint === standalone.fingerprint).toBe(true);
    expect(result.ok ? '' : result.message).toContain('李明');
    expect(codeOf(v1.bytes, { enrolledKeys: new Map() })).toBe('key_not_enrolled');
  });

  it('an expert nobody enrolled yet is pending too (authentic, waiting for the coordinator), not refused', () => {
    const standalone = verify(v1.bytes, null);
    const result = verify(v1.bytes, reviewContext(keys, { enrolledKeys: new Map([['expert-wang', other.publicKey]]) }));
    expect(result).toMatchObject({ ok: false, code: 'key_not_enrolled', status: 'pending' });
    if (result.ok || !standalone.ok) throw new Error('unexpected outcome');
    expect(result.fingerprint).toBe(standalone.fingerprint);
    expect(result.message).toContain(standalone.fingerprint);
    expect(result.message).toContain('尚未登记');
    // Once the coordinator has enrolled the key (after comparing the fingerprint), the same file verifies.
    expect(verify(v1.bytes, reviewContext(keys))).toMatchObject({ ok: true });
    // Every other refusal is 'refused', never 'pending'.
    expect(verify(edited(v1.bytes, (s) => (s.version = 7)), reviewContext(keys, { enrolledKeys: new Map() }))).toMatchObject({ code: 'schema', status: 'refused' });
    expect(verify(edited(v2.bytes, (s) => (s.version = 7)), reviewContext(keys, { enrolledKeys: new Map() }))).toMatchObject({ code: 'bad_signature', status: 'refused' });
  });
});

describe('files that are not the signed bytes', () => {
  it('pretty-printed, re-ordered, CRLF or extra newline → not_canonical', () => {
    const pretty = new Uint8Array(Buffer.from(JSON.stringify(v2.sheet, null, 2)));
    expect(codeOf(pretty)).toBe('not_canonical');
    const text = Buffer.from(v2.bytes).toString('utf8');
    expect(codeOf(new Uint8Array(Buffer.from(`${text.trimEnd()}\r\n`)))).toBe('not_canonical');
    expect(codeOf(new Uint8Array(Buffer.from(`${text}\n`)))).toBe('not_canonical');
    expect(codeOf(new Uint8Array(Buffer.from(text.replace('"total":27.8', '"total":27.80'))))).toBe('not_canonical');
    const { signature, ...rest } = v2.sheet;
    expect(codeOf(new Uint8Array(Buffer.from(JSON.stringify({ signature, ...rest }))))).toBe('not_canonical');
  });

  it('truncated, not UTF-8, with a BOM or empty → not_json', () => {
    expect(codeOf(v2.bytes.subarray(0, v2.bytes.length / 2))).toBe('not_json');
    expect(codeOf(new Uint8Array([...v2.bytes.subarray(0, 20), 0xff, ...v2.bytes.subarray(20)]))).toBe('not_json');
    expect(codeOf(new Uint8Array([0xef, 0xbb, 0xbf, ...v2.bytes]))).toBe('not_json');
    expect(codeOf(new Uint8Array())).toBe('not_json');
  });

  it('every truncation of the file is refused as not_json (except dropping only the final newline)', () => {
    const wrong: string[] = [];
    for (let length = 0; length < v2.bytes.length - 1; length += 1) {
      const code = codeOf(v2.bytes.subarray(0, length));
      if (code !== 'not_json') wrong.push(`${String(length)} → ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a 100 MB file → too_large, without parsing it', () => {
    // Not JSON at all: had it been parsed, the answer would be not_json.
    const huge = new Uint8Array(100 * 1024 * 1024).fill(0x7b);
    expect(verify(huge)).toMatchObject({ ok: false, code: 'too_large' });
    expect(codeOf(new Uint8Array(SHEET_SIZE_LIMIT + 1))).toBe('too_large');
  });

  it('on disk: a truncated file → not_json; a 100 MB and a 3 GiB file → too_large from their size, fast, never read', () => {
    const dir = tempDir();
    const truncated = join(dir, 'truncated.pingshen-sheet.json');
    writeFileSync(truncated, v2.bytes.subarray(0, Math.floor(v2.bytes.length * 0.7)));
    expect(verifySheetFile(truncated, context)).toMatchObject({ ok: false, code: 'not_json' });
    // Sparse files: the size is real, the disk stays empty. Reading 3 GiB in one go would fail
    // (Node refuses files over 2 GiB), so too_large for it shows the size is checked before any read.
    const hundred = join(dir, 'hundred-mb.pingshen-sheet.json');
    const huge = join(dir, 'three-gib.pingshen-sheet.json');
    writeFileSync(hundred, '');
    truncateSync(hundred, 100 * 1024 * 1024);
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    const started = performance.now();
    expect(verifySheetFile(hundred, context)).toMatchObject({ ok: false, code: 'too_large', message: expect.stringContaining('100.0 MB') });
    expect(verifySheetFile(huge, context)).toMatchObject({ ok: false, code: 'too_large', message: expect.stringContaining('未读取') });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('other JSON → not_a_sheet; another major version → unsupported_version naming it', () => {
    const json = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
    expect(codeOf(json([]))).toBe('not_a_sheet');
    expect(codeOf(json({}))).toBe('not_a_sheet');
    expect(codeOf(json({ format: 'pingshen.package/1' }))).toBe('not_a_sheet');
    const future = verify(edited(v2.bytes, (s) => (s.format = 'pingshen.sheet/2')));
    expect(future).toMatchObject({ ok: false, code: 'unsupported_version' });
    expect(future.ok ? '' : future.message).toContain('「2」');
  });

  it('schema problems name the first path', () => {
    const bad = verify(edited(v2.bytes, (s) => (s.submissions[0].scores[0].score = '12.5')));
    expect(bad).toMatchObject({ ok: false, code: 'schema' });
    expect(bad.ok ? '' : bad.message).toContain('submissions.0.scores.0.score');
    expect(codeOf(edited(v2.bytes, (s) => (s.extra = 1)))).toBe('schema');
    expect(codeOf(edited(v1.bytes, (s) => (s.supersedes = v2.digest)))).toBe('schema');
    expect(codeOf(edited(v2.bytes, (s) => (s.expert.publicKey += '=')))).toBe('schema');
    expect(codeOf(edited(v2.bytes, (s) => s.submissions.push(s.submissions[0])))).toBe('schema');
    expect(codeOf(edited(v2.bytes, (s) => s.conflicts.push({ submissionId: 'sub-a', reason: '' })))).toBe('schema');
  });

  it('a schema refusal is said in English on the English screens, the Chinese kept for the CLI and the audit', () => {
    const cases: [(s: Sheet) => void, RegExp, RegExp][] = [
      [(s) => (s.submissions[0].scores[0].score = '12.5'), /须为数字|number/u, /^The score sheet does not match its format: submissions\.0\.scores\.0\.score — .*number/u],
      [(s) => s.submissions[0].scores.push(s.submissions[0].scores[0]), /评分项「c1」重复出现/u, /criterion 「c1」 appears more than once/u],
      [(s) => (s.supersedes = null), /第 2 版起须写明所取代版本的摘要/u, /from version 2 on, the digest of the version replaced is required/u],
      [(s) => (s.expert.publicKey += '='), /base64url/u, /^The score sheet does not match its format: expert\.publicKey — /u],
      [(s) => delete s.createdAt, /缺少此项/u, /createdAt — missing/u],
    ];
    for (const [edit, zh, en] of cases) {
      const words = wordsOf(edited(v2.bytes, edit));
      expect(words.zh).toMatch(/^评分表内容不符合格式：/u);
      expect(words.zh).toMatch(zh);
      expect(words.zh).not.toContain('\t');
      expect(words.en).toMatch(en);
      expect(outsideQuotes(words.en)).not.toMatch(chineseWords);
    }
  });
});

describe('checks against the review', () => {
  const signed = (overrides: Sheet) => sign(keys, unsignedSheet(keys, overrides)).bytes;
  const base = unsignedSheet(keys);
  const subA = (changes: Sheet) => [{ ...base.submissions[0], ...changes }, base.submissions[1]];
  const scoresA = base.submissions[0]?.scores ?? [];

  it('signed for another review → wrong_review; for another package → wrong_package', () => {
    expect(codeOf(signed({ reviewId: 'review-other' }))).toBe('wrong_review');
    expect(codeOf(signed({ reviewId: 'review-other', packageDigest: 'cd'.repeat(32) }))).toBe('wrong_review');
    expect(codeOf(signed({ packageDigest: 'cd'.repeat(32) }))).toBe('wrong_package');
  });

  it('unknown submission, other rubric, unknown or missing items', () => {
    expect(codeOf(v1.bytes, { rubrics: new Map([...reviewContext(keys).rubrics ?? []].slice(0, 1)) })).toBe('unknown_submission');
    expect(codeOf(signed({ submissions: subA({ rubricId: 'r2' }) }))).toBe('wrong_rubric');
    const extra = [...scoresA, { criterionId: 'c9', score: 0, comment: '', evidence: [] }];
    expect(codeOf(signed({ submissions: subA({ scores: extra }) }))).toBe('unknown_criterion');
    expect(codeOf(signed({ submissions: subA({ vetoes: ['v9'] }) }))).toBe('unknown_criterion');
    expect(codeOf(signed({ submissions: subA({ checks: [{ checkId: 'k9', result: 'met' }] }) }))).toBe('unknown_criterion');
    expect(codeOf(signed({ submissions: subA({ scores: scoresA.slice(0, 2), total: 20.5 }) }))).toBe('missing_criterion');
    expect(codeOf(signed({ submissions: subA({ checks: [] }) }))).toBe('missing_criterion');
  });

  it('scores outside the bounds or step, and a wrong total', () => {
    const withC1 = (score: number, total: number) => subA({ scores: [{ ...scoresA[0], score }, ...scoresA.slice(1)], total });
    expect(codeOf(signed({ submissions: withC1(15.5, 30.8) }))).toBe('score_out_of_bounds');
    expect(codeOf(signed({ submissions: withC1(12.3, 27.6) }))).toBe('score_out_of_bounds');
    // Said in the rubric's terms, in each language; the criterion's title is the rubric's own.
    const words = wordsOf(signed({ submissions: withC1(15.5, 30.8) }));
    expect(words.zh).toMatch(/^申报「sub-a」：「[^」]+」的得分须在 0–15 之间，且为 0\.5 的整数倍（当前为 15\.5）$/u);
    expect(words.en).toMatch(/^Application 「sub-a」: the score of 「[^」]+」 must be from 0 to 15, a multiple of 0\.5 \(it is 15\.5\)$/u);
    expect(codeOf(signed({ submissions: withC1(15, 30.3) }))).toBe('ok');
    expect(codeOf(signed({ submissions: subA({ total: 30 }) }))).toBe('wrong_total');
  });
});

describe('versions of the same expert', () => {
  const known = (...files: (typeof v1)[]) => files.map((f) => ({ expertId: 'expert-li', version: f.sheet.version, digest: f.digest, supersedes: f.sheet.supersedes }));

  it('an older version presented after a newer one → ok, superseded; exact duplicates are fine', () => {
    expect(verify(v1.bytes, reviewContext(keys, { knownSheets: known(v2) }))).toMatchObject({ ok: true, superseded: true });
    expect(verify(v2.bytes, reviewContext(keys, { knownSheets: known(v1, v2) }))).toMatchObject({ ok: true, superseded: false });
    const otherExpert = [{ expertId: 'expert-wang', version: 5, digest: 'ef'.repeat(32), supersedes: 'ef'.repeat(32) }];
    expect(verify(v1.bytes, reviewContext(keys, { knownSheets: otherExpert }))).toMatchObject({ ok: true, superseded: false });
  });

  it('two different version 2 sheets → version_conflict', () => {
    const twin = sign(keys, unsignedSheet(keys, { version: 2, supersedes: v1.digest, createdAt: '2026-06-01T11:00:00.000Z' }));
    expect(codeOf(twin.bytes, reviewContext(keys, { knownSheets: known(v1, v2) }))).toBe('version_conflict');
    const otherV1 = sign(keys, unsignedSheet(keys, { createdAt: '2026-06-01T09:30:00.000Z' }));
    const result = verify(otherV1.bytes, reviewContext(keys, { knownSheets: known(v1) }));
    expect(result).toMatchObject({ ok: false, code: 'version_conflict', status: 'refused' });
    expect(result.ok ? '' : result.message).toContain(v1.digest.slice(0, 12));
    // Another expert's version 1 is no conflict.
    const elsewhere = [{ expertId: 'expert-wang', version: 1, digest: v1.digest, supersedes: null }];
    expect(codeOf(otherV1.bytes, reviewContext(keys, { knownSheets: elsewhere }))).toBe('ok');
  });

  it('a link that does not match the known neighbour → broken_chain', () => {
    const stray = sign(keys, unsignedSheet(keys, { version: 2, supersedes: 'ef'.repeat(32) }));
    expect(codeOf(stray.bytes, reviewContext(keys, { knownSheets: known(v1) }))).toBe('broken_chain');
    expect(codeOf(v1.bytes, reviewContext(keys, { knownSheets: known(stray) }))).toBe('broken_chain');
    // Without the neighbour the link cannot be checked, so the sheet stands.
    expect(codeOf(stray.bytes, reviewContext(keys, { knownSheets: [] }))).toBe('ok');
  });
});

describe('signSheet', () => {
  it('refuses a key pair that is not the sheet expert’s, an invalid sheet and non-JSON values', () => {
    expect(() => sign(other, unsignedSheet(keys))).toThrow('专家公钥与签名用的公钥不一致');
    expect(() => sign(keys, unsignedSheet(keys, { version: 2 }))).toThrow('supersedes');
    const sheet = unsignedSheet(keys);
    (sheet.submissions[0]?.scores[0]?.evidence[0] ?? { quote: '' }).quote = undefined;
    expect(() => sign(keys, sheet)).toThrow('undefined');
  });
});
