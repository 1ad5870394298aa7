// The verdicts the app keeps between merges (VerifiedSheetCache): the same answer as verifying
// afresh, under the name each drop gives the file, and never kept across a change of the context.
import { describe, expect, it } from 'vitest';
import { mergeVerified, VerifiedSheetCache, verifyEach, type MergeContext } from '../../../../electron/services/merge/merge-sheets.ts';
import type { SheetSource } from '../../../../electron/services/merge/read-sheet-sources.ts';
import type { Aggregation, Program } from '../../../../shared/domain/program.ts';
import { defaultDeviationShare } from '../../../../shared/merge/aggregate-application.ts';
import { sampleRubric } from '../../../support/rubric-fixture.ts';
import { PACKAGE_DIGEST, sign, signedChain, testKeys, unsignedSheet } from '../../../support/sheet-fixture.ts';

const keys = testKeys();
const aggregation: Aggregation = { rule: 'mean', trimCount: 1, trimMinimumPanel: 5, minimumPanel: 1, divergence: { maxRange: 100, maxStdDev: 100 }, tieBreak: [{ kind: 'coordinator' }] };
const program = { id: 'p', version: 1, categories: [{ id: 'f', name: '人工智能', group: '', leadInstitutions: [], quota: 1, rubricId: 'r1' }], rubrics: [sampleRubric()], aggregation } as unknown as Program;

function context(enrolled: boolean): MergeContext {
  return {
    reviewId: 'review-2026',
    packageDigests: new Set([PACKAGE_DIGEST]),
    enrolledKeys: enrolled ? new Map([['expert-li', keys.publicKey]]) : new Map(),
    rosterIds: new Set(['expert-li']),
    assignments: new Map(),
    knownConflicts: new Map(),
    review: { fields: [{ id: 'f', name: '人工智能', quota: 1 }], submissions: ['sub-a', 'sub-b', 'sub-c'].map((id) => ({ id, fieldId: 'f', applicant: id, partners: [] })) },
    program,
    settings: { aggregation, trimOn: 'totals', deviationShare: defaultDeviationShare },
  };
}

describe('verified sheets kept between merges', () => {
  const { v1, v2 } = signedChain(keys);
  const tampered = new TextEncoder().encode(new TextDecoder().decode(sign(keys, unsignedSheet(keys)).bytes).replace('"total":27.8', '"total":28.8'));
  const sources: SheetSource[] = [
    { source: 'v1.json', bytes: v1.bytes },
    { source: 'v2.json', bytes: v2.bytes },
    { source: 'bad.json', bytes: tampered },
  ];

  it('gives the same merge as verifying afresh, the second time from the cache', () => {
    const cache = new VerifiedSheetCache();
    const fresh = verifyEach(sources, context(true));
    const first = verifyEach(sources, context(true), cache);
    const second = verifyEach(sources, context(true), cache);
    for (const run of [first, second]) {
      expect(run.verified.map((v) => [v.source, v.digest])).toEqual(fresh.verified.map((v) => [v.source, v.digest]));
      expect(run.refused).toEqual(fresh.refused);
      expect(mergeVerified(run.verified, context(true), run.refused)).toEqual(mergeVerified(fresh.verified, context(true), fresh.refused));
    }
    // The same bytes under another name are named as this drop names them.
    const renamed = verifyEach([{ source: '改名.json', bytes: v1.bytes }, { source: '坏.json', bytes: tampered }], context(true), cache);
    expect([renamed.verified[0]?.source, renamed.refused[0]?.source]).toEqual(['改名.json', '坏.json']);
  });

  it('a changed context (the key no longer enrolled) is never answered from the cache', () => {
    const cache = new VerifiedSheetCache();
    expect(verifyEach(sources, context(true), cache).verified).toHaveLength(2);
    const after = verifyEach(sources, context(false), cache);
    expect(after.verified).toEqual([]);
    expect(after.held.map((h) => h.source)).toEqual(['v1.json', 'v2.json']);
    expect(after.refused.filter((r) => r.pending).map((r) => r.code)).toEqual(['key_not_enrolled', 'key_not_enrolled']);
  });
});
