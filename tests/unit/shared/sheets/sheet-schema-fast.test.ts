// The merge checks score lines by hand (isPlainCriterionScore) where the schema would be slow: it
// must never accept what the schema refuses, and the fast sheet schema must decide every sheet as
// the full one does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionScoreSchema, fastScoreSheetSchema, isPlainCriterionScore, scoreSheetSchema } from '../../../../shared/sheets/sheet-schema.ts';

// Values near every bound of a score line: ids good and bad, scores at and past the limits, long comments, evidence.
const idLike = fc.oneof(fc.constantFrom('c1', 'a-b', '0x', '', '-a', 'A1', 'c_1', 'c 1', 'x'.repeat(80), 'x'.repeat(81)), fc.string({ maxLength: 6 }));
const scoreLike = fc.oneof(fc.constantFrom(0, -0, 0.5, 1e6, 1e6 + 0.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY), fc.double(), fc.string({ maxLength: 3 }), fc.constant(null));
const commentLike = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('评'.repeat(5000), '评'.repeat(5001), 'a'.repeat(5000)), fc.integer());
const evidenceLike = fc.oneof(fc.constant([]), fc.constant([{ documentId: 'd', page: 1 }]), fc.constant([{ page: 0 }]), fc.constant({}), fc.constant(null));
const line = fc.record({ criterionId: idLike, score: scoreLike, comment: commentLike, evidence: evidenceLike }, { requiredKeys: [] });
const withExtra = fc.tuple(line, fc.constantFrom('extra', 'quote', '__proto__', 'criterionId'), fc.anything()).map(([l, key, value]) => ({ ...l, [key]: value }));
// Mostly right, one member at a time at or past its bound: where a wrong hand check would show.
const nearlyValid = fc
  .tuple(fc.record({ criterionId: fc.constantFrom('c1', 'a-b', 'x'.repeat(80)), score: fc.double({ min: 0, max: 1e6, noNaN: true }), comment: fc.string({ maxLength: 10 }), evidence: fc.constant([]) }), fc.nat(4), line)
  .map(([valid, which, other]) => {
    const key = (['criterionId', 'score', 'comment', 'evidence'] as const)[which];
    return key === undefined || !(key in other) ? valid : { ...valid, [key]: other[key] };
  });
const anyLine = fc.oneof(nearlyValid, line, withExtra, fc.anything(), fc.constant(Object.create(null) as object), fc.constant([]));

describe('the hand check of a score line', () => {
  it('accepts only what criterionScoreSchema accepts', () => {
    fc.assert(
      fc.property(anyLine, (value) => {
        if (isPlainCriterionScore(value)) expect(criterionScoreSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the common line, so the fast path is taken at all', () => {
    expect(isPlainCriterionScore(JSON.parse('{"comment":"材料充分","criterionId":"c1","evidence":[],"score":4.5}'))).toBe(true);
    expect(isPlainCriterionScore({ criterionId: 'c1', score: 4.5, comment: '', evidence: [{ documentId: 'd', page: 1 }] })).toBe(false);
  });
});

describe('the fast sheet schema', () => {
  const sheet = (lines: unknown[]) => ({
    format: 'pingshen.sheet/1',
    reviewId: 'r',
    packageDigest: 'a'.repeat(64),
    expert: { id: 'e1', name: '王明', organisation: '某大学', publicKey: 'A'.repeat(43) },
    version: 1,
    supersedes: null,
    createdAt: '2026-06-02T10:00:00.000Z',
    conflicts: [],
    submissions: [{ submissionId: 's1', rubricId: 'r', scores: lines, checks: [], vetoes: [], total: 0, overallComment: '' }],
    signature: { algorithm: 'Ed25519', publicKey: 'A'.repeat(43), value: 'A'.repeat(86) },
  });

  it('decides every sheet as scoreSheetSchema does', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 4 }), (lines) => {
        const value = sheet(lines);
        expect(fastScoreSheetSchema.safeParse(value).success).toBe(scoreSheetSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a valid sheet, and refuses a duplicate criterion as the full schema does', () => {
    const ok = { criterionId: 'c1', score: 1, comment: '', evidence: [] };
    expect(fastScoreSheetSchema.safeParse(sheet([ok])).success).toBe(true);
    expect(fastScoreSheetSchema.safeParse(sheet([ok, ok])).success).toBe(false);
    expect(scoreSheetSchema.safeParse(sheet([ok, ok])).success).toBe(false);
  });
});
