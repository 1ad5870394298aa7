import { describe, expect, it } from 'vitest';
import { finalCategoriesTouched, heldSheetsOf, type SheetRefusal } from '../../../../shared/merge/held-sheets.ts';
import type { ScoreSheet } from '../../../../shared/sheets/sheet-schema.ts';

const sheet = (expertId: string, version: number, scored: string[], recused: string[] = []) =>
  ({ expert: { id: expertId, name: `专家${expertId}` }, version, submissions: scored.map((submissionId) => ({ submissionId })), conflicts: recused.map((submissionId) => ({ submissionId, reason: '' })) }) as unknown as ScoreSheet;
const refusal = (over: Partial<SheetRefusal>): SheetRefusal => ({ source: 'x.json', code: 'bad_signature', reason: '…', why: { key: 'sheet-refusals.bad-signature', params: {} }, fingerprint: 'ab12', pending: false, expertId: null, version: null, digest: null, ...over });

describe('sheets held back', () => {
  const sheets = [
    { digest: 'k', sheet: sheet('e9', 1, ['a1']) },
    { digest: 'c1', sheet: sheet('e2', 2, ['a1']) },
    { digest: 'c2', sheet: sheet('e2', 2, ['a1']) },
    { digest: 'old1', sheet: sheet('e3', 1, ['a1']) },
    { digest: 'old2', sheet: sheet('e3', 1, ['a1']) },
  ];
  const refused = [
    refusal({ source: 'k.json', code: 'key_not_enrolled', pending: true, expertId: 'e9', version: 1, digest: 'k' }),
    refusal({ source: 'c1.json', code: 'version_conflict', expertId: 'e2', version: 2, digest: 'c1' }),
    refusal({ source: 'c2.json', code: 'version_conflict', expertId: 'e2', version: 2, digest: 'c2' }),
    refusal({ source: 'old1.json', code: 'version_conflict', expertId: 'e3', version: 1, digest: 'old1' }),
    refusal({ source: 'old2.json', code: 'version_conflict', expertId: 'e3', version: 1, digest: 'old2' }),
    refusal({ source: 'bad.json' }),
  ];

  it('lists a key to confirm and each conflicting sheet naming the others; a conflict under a newer counted version is moot; plain refusals are not held', () => {
    const held = heldSheetsOf(refused, [{ expertId: 'e2', version: 1 }, { expertId: 'e3', version: 2 }], sheets);
    expect(held.map((h) => [h.kind, h.file, h.others.map((o) => o.file)])).toEqual([
      ['key', 'k.json', []],
      ['conflict', 'c1.json', ['c2.json']],
      ['conflict', 'c2.json', ['c1.json']],
    ]);
    expect(held[0]).toMatchObject({ expertId: 'e9', name: '专家e9', version: 1, fingerprint: 'ab12' });
  });

  it('names the final categories a sheet scores or recuses in', () => {
    const review = { submissions: [{ id: 'a1', fieldId: 'ai' }, { id: 'a2', fieldId: 'car' }, { id: 'a3', fieldId: 'man' }] };
    expect(finalCategoriesTouched(sheet('e1', 1, ['a1'], ['a2']), review, new Set(['car', 'ai']))).toEqual(['ai', 'car']);
    expect(finalCategoriesTouched(sheet('e1', 1, ['a3']), review, new Set(['car', 'ai']))).toEqual([]);
  });
});
