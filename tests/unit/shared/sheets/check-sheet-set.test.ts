import { describe, expect, it } from 'vitest';
import { checkSheetSet } from '../../../../shared/sheets/check-sheet-set.ts';
import type { SheetSetEntry, SheetSetSuccessor, SheetSetVerdict } from '../../../../shared/sheets/check-sheet-set.ts';
import type { ScoreSheet } from '../../../../shared/sheets/sheet-schema.ts';
import { catalogueText } from '../../../../shared/errors/domain-catalogue.ts';

// checkSheetSet reads only the review, the expert and the chain links; signatures were checked before.
const keyA = 'A'.repeat(43);
const keyB = 'B'.repeat(43);

interface Spec {
  readonly source: string;
  readonly digest: string;
  readonly version: number;
  readonly supersedes?: string | null;
  readonly expertId?: string;
  readonly reviewId?: string;
  readonly publicKey?: string;
}

function entry(spec: Spec): SheetSetEntry {
  const { source, digest, version, supersedes = null, expertId = 'expert-li', reviewId = 'review-2026', publicKey = keyA } = spec;
  const sheet: ScoreSheet = {
    format: 'pingshen.sheet/1',
    reviewId,
    packageDigest: 'ab'.repeat(32),
    expert: { id: expertId, name: expertId === 'expert-li' ? '李明' : '王强', organisation: '某职业技术学院', publicKey },
    version,
    supersedes,
    createdAt: '2026-06-01T09:00:00.000Z',
    conflicts: [],
    submissions: [],
    signature: { algorithm: 'Ed25519', publicKey, value: 'x'.repeat(86) },
  };
  return { source, sheet, digest, fingerprint: publicKey === keyA ? 'aaaa' : 'bbbb' };
}

const d = (c: string) => c.repeat(64);
const v1 = entry({ source: 'v1.json', digest: d('1'), version: 1 });
const v2 = entry({ source: 'v2.json', digest: d('2'), version: 2, supersedes: d('1') });
const v3 = entry({ source: 'v3.json', digest: d('3'), version: 3, supersedes: d('2') });

/** The verdicts by source, so runs in different orders compare. */
function bySource(entries: readonly SheetSetEntry[]): Record<string, SheetSetVerdict> {
  const verdicts = checkSheetSet(entries);
  return Object.fromEntries(entries.map((e, i) => [e.source, verdicts[i]!]));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const ok = (supersededBy: SheetSetSuccessor | null, duplicateOf: string | null = null) => ({ ok: true, supersededBy, duplicateOf });
const failed = (code: string, ...named: string[]) => ({
  ok: false,
  duplicateOf: null,
  failure: expect.objectContaining({ code, status: 'refused', message: expect.stringMatching(new RegExp(named.map((n) => `(?=.*${n})`).join(''), 'su')) }),
});

describe('checkSheetSet', () => {
  it('the newest version is current and older ones are superseded by it, in either order', () => {
    const expected = { 'v1.json': ok({ source: 'v2.json', version: 2, digest: d('2') }), 'v2.json': ok(null) };
    expect(bySource([v2, v1])).toEqual(expected);
    expect(bySource([v1, v2])).toEqual(expected);
    expect(bySource([v1])).toEqual({ 'v1.json': ok(null) });
    expect(checkSheetSet([])).toEqual([]);
  });

  it('with three versions both older ones name the current one; a missing middle version is accepted', () => {
    const current = { source: 'v3.json', version: 3, digest: d('3') };
    expect(bySource([v3, v1, v2])).toEqual({ 'v1.json': ok(current), 'v2.json': ok(current), 'v3.json': ok(null) });
    expect(bySource([v3, v1])).toEqual({ 'v1.json': ok(current), 'v3.json': ok(null) });
  });

  it('two different sheets with one expert and version both fail, each naming the other file', () => {
    const other = entry({ source: 'other-v1.json', digest: d('9'), version: 1 });
    const result = bySource([v1, other]);
    expect(result).toEqual({ 'v1.json': failed('version_conflict', '「other-v1.json」', d('9').slice(0, 12)), 'other-v1.json': failed('version_conflict', '「v1.json」', '李明', '第 1 版') });
    expect(result['v1.json']).toMatchObject({ failure: { fingerprint: 'aaaa' } });
    // Another key under the same expert id is a conflict too (the key is not part of the grouping).
    const otherKey = entry({ source: 'other-key-v1.json', digest: d('8'), version: 1, publicKey: keyB });
    expect(bySource([v1, otherKey])).toEqual({ 'v1.json': failed('version_conflict', 'other-key-v1.json'), 'other-key-v1.json': failed('version_conflict', 'v1.json') });
  });

  it('three different sheets of one version: each names both others', () => {
    const a = entry({ source: 'a.json', digest: d('a'), version: 1 });
    const b = entry({ source: 'b.json', digest: d('b'), version: 1 });
    const result = bySource([v1, a, b]);
    expect(result['v1.json']).toEqual(failed('version_conflict', '另外 2 份', 'a.json', 'b.json'));
    expect(result['b.json']).toEqual(failed('version_conflict', 'v1.json', 'a.json'));
  });

  it('a conflicting version does not supersede: a v1 with two different v2 stays current; a v3 after them is fine', () => {
    const v2b = entry({ source: 'v2b.json', digest: d('b'), version: 2, supersedes: d('1') });
    expect(bySource([v2, v1, v2b])).toEqual({ 'v2.json': failed('version_conflict', 'v2b.json'), 'v1.json': ok(null), 'v2b.json': failed('version_conflict', 'v2.json') });
    const current = { source: 'v3.json', version: 3, digest: d('3') };
    expect(bySource([v3, v2b, v2, v1])).toMatchObject({ 'v1.json': ok(current), 'v2.json': { ok: false }, 'v2b.json': { ok: false }, 'v3.json': ok(null) });
  });

  it('a version whose supersedes is not the digest of the version before it among the files: both fail, naming each other', () => {
    const stray = entry({ source: 'stray-v2.json', digest: d('5'), version: 2, supersedes: d('7') });
    for (const order of [[v1, stray], [stray, v1]]) {
      expect(bySource(order)).toEqual({
        'v1.json': failed('broken_chain', '「stray-v2.json」', '取代的不是本评分表'),
        'stray-v2.json': failed('broken_chain', '「v1.json」', d('7').slice(0, 12), d('1').slice(0, 12)),
      });
    }
    // On its own (its version 1 not among the files) the link cannot be checked.
    expect(bySource([stray])).toEqual({ 'stray-v2.json': ok(null) });
  });

  it('the same sheet given twice is one sheet: reported as a duplicate of the first, with the same verdict', () => {
    const copy = { ...v1, source: 'copy.json' };
    expect(bySource([v1, copy, v2])).toEqual({
      'v1.json': ok({ source: 'v2.json', version: 2, digest: d('2') }),
      'copy.json': ok({ source: 'v2.json', version: 2, digest: d('2') }, 'v1.json'),
      'v2.json': ok(null),
    });
    expect(checkSheetSet([v2, v2])).toEqual([ok(null), ok(null, 'v2.json')]);
    const other = entry({ source: 'other-v1.json', digest: d('9'), version: 1 });
    expect(checkSheetSet([other, v1, copy])[2]).toMatchObject({ ok: false, duplicateOf: 'v1.json', failure: { code: 'version_conflict' } });
  });

  it('other experts and other reviews are separate chains', () => {
    const wang = entry({ source: 'wang-v1.json', digest: d('6'), version: 1, expertId: 'expert-wang' });
    const elsewhere = entry({ source: 'elsewhere-v1.json', digest: d('4'), version: 1, reviewId: 'review-2027' });
    expect(bySource([v2, wang, v1, elsewhere])).toEqual({
      'v2.json': ok(null),
      'wang-v1.json': ok(null),
      'v1.json': ok({ source: 'v2.json', version: 2, digest: d('2') }),
      'elsewhere-v1.json': ok(null),
    });
  });

  it('gives the same verdict per file whatever the order', () => {
    const other = entry({ source: 'other-v1.json', digest: d('9'), version: 1 });
    const stray = entry({ source: 'stray-v3.json', digest: d('5'), version: 3, supersedes: d('7') });
    const wang = entry({ source: 'wang-v1.json', digest: d('6'), version: 1, expertId: 'expert-wang' });
    for (const set of [
      [v1, v2, v3, wang],
      [v1, other, v2, wang],
      [v1, v2, stray, { ...v2, source: 'copy-v2.json' }],
    ]) {
      const codes = (entries: SheetSetEntry[]) => {
        const verdicts = bySource(entries);
        return Object.fromEntries(Object.entries(verdicts).map(([source, v]) => [source, v.ok ? `ok ${v.supersededBy?.source ?? ''}` : v.failure.code]));
      };
      const first = codes(set);
      for (const order of permutations(set)) expect(codes(order)).toEqual(first);
    }
  });

  it('tells each refusal by its code and facts, so the English screen says it in English and the Chinese stays the CLI\'s', () => {
    const a = entry({ source: 'a.json', digest: d('a'), version: 1 });
    const b = entry({ source: 'b.json', digest: d('b'), version: 1 });
    const [refused] = checkSheetSet([v1, a, b]);
    if (!refused || refused.ok) throw new Error('expected a refusal');
    const { reason, message } = refused.failure;
    expect(reason.key).toBe('sheet-refusals.version-conflicts');
    expect(catalogueText(reason.key, reason.params, 'zh-CN')).toBe(message);
    expect(message).toContain(`「a.json」（摘要 ${d('a').slice(0, 12)}…）、「b.json」（摘要 ${d('b').slice(0, 12)}…）`);
    const english = catalogueText(reason.key, reason.params, 'en');
    expect(english).toBe(`Version 1 of expert 「李明」 already has 2 other, different sheets 「a.json」 (digest ${d('a').slice(0, 12)}…), 「b.json」 (digest ${d('b').slice(0, 12)}…); confirm with the expert which one stands`);
    expect(english.replace(/「[^」]*」/gu, '')).not.toMatch(/[\u4e00-\u9fff]/u);
    // A score the earlier version did not give is named in each language.
    const change = { version: 2, submissionId: 'sub-a', criterionId: 'c1', from: '', to: '3.5' };
    expect(catalogueText('sheet-refusals.change-unexplained', change, 'zh-CN')).toBe('第 2 版修改了申报「sub-a」评分项「c1」（未评 → 3.5），但没有写明修改理由');
    expect(catalogueText('sheet-refusals.change-unexplained', change, 'en')).toContain('(not scored → 3.5)');
  });
});
