import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewSummary } from '../../../../shared/domain/review.ts';
import type { Screen } from '../../../../renderer/src/features/app/app-state.ts';
import { hashToScreen, sameScreen, screenToHash, startScreen } from '../../../../renderer/src/features/app/screen-route.ts';

const every: Screen[] = [
  { kind: 'home' },
  { kind: 'review', reviewId: 'demo-2026-anhui' },
  { kind: 'programs' },
  { kind: 'program', programId: 'anhui-2026' },
  { kind: 'workspace', reviewId: 'demo-2026-anhui' },
  { kind: 'workspace', reviewId: 'demo-2026-anhui', submissionId: 'ai-01' },
  { kind: 'consistency', reviewId: 'demo-2026-anhui' },
  { kind: 'identity' },
  { kind: 'key-card-print' },
  { kind: 'experts', reviewId: 'demo-2026-anhui' },
  { kind: 'merge', reviewId: 'demo-2026-anhui' },
  { kind: 'formal-check', reviewId: 'review-20261202' },
  { kind: 'formal-check-print', reviewId: 'review-20261202' },
  { kind: 'materials', reviewId: 'review-20261202', submissionId: 's-1' },
  { kind: 'materials', reviewId: 'review-20261202', submissionId: 's-1', documentId: 'ab'.repeat(32) },
  { kind: 'materials', reviewId: 'review-20261202', submissionId: 's-1', documentId: 'ab'.repeat(32), page: 12 },
  { kind: 'intake', reviewId: 'demo-2026-anhui' },
  { kind: 'audit', reviewId: 'demo-2026-anhui' },
  { kind: 'audit', reviewId: null },
  { kind: 'sheet-print', reviewId: 'demo-2026-anhui', version: 3 },
  { kind: 'results-print', reviewId: 'demo-2026-anhui', document: 'feedback' },
];

const summary = (id: string): ReviewSummary => ({
  id, title: '评审', programTitle: '计划', documentNumber: '文号', isDemo: false,
  archivedAt: null, fieldCount: 1, submissionCount: 0, createdAt: '2026-01-01', stage: 'formal-check',
});

describe('screen routes (reload keeps your place)', () => {
  it('every screen round-trips through its hash', () => {
    for (const screen of every) expect(hashToScreen(screenToHash(screen))).toEqual(screen);
  });

  it('names the workspace application in the hash', () => {
    expect(screenToHash({ kind: 'workspace', reviewId: 'r1', submissionId: 'ai-01' })).toBe('#/workspace/r1/ai-01');
    expect(screenToHash({ kind: 'home' })).toBe('#/');
  });

  it('round-trips any id, Chinese and reserved characters included', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ minLength: 1, unit: 'grapheme' }), (reviewId, submissionId) => {
        const screen: Screen = { kind: 'workspace', reviewId, submissionId };
        expect(hashToScreen(screenToHash(screen))).toEqual(screen);
      }),
    );
  });

  it('reads an empty hash as home and refuses hashes that name no screen', () => {
    expect(hashToScreen('')).toEqual({ kind: 'home' });
    expect(hashToScreen('#')).toEqual({ kind: 'home' });
    for (const bad of ['#/nowhere', '#/review', '#/review/a/b', '#/sheet/r1/0', '#/sheet/r1/x', '#/sheet/r1', '#/workspace/%E0%A4%A', '#/workspace/a/b/c', '#/identity/other', '#/results/r1', '#/results/r1/other', '#/formal-check', '#/formal-check/r1/other', '#/materials/r1', '#/materials/r1/s1/d/0', '#/materials/r1/s1/d/x', '#/materials/r1/s1/d/2/3', '#/merge/r1/a/b', '#/review/r1/a/b/c']) {
      expect(hashToScreen(bad), bad).toBeNull();
    }
  });

  it('starts on the named screen only when this profile holds its review', () => {
    const reviews = [summary('r1')];
    expect(startScreen('#/workspace/r1/ai-01', reviews)).toEqual({ kind: 'workspace', reviewId: 'r1', submissionId: 'ai-01' });
    expect(startScreen('#/consistency/gone', reviews)).toEqual({ kind: 'home' });
    expect(startScreen('#/garbage', reviews)).toEqual({ kind: 'home' });
    expect(startScreen('#/programs', [])).toEqual({ kind: 'programs' });
    expect(startScreen('#/audit', [])).toEqual({ kind: 'audit', reviewId: null });
    expect(startScreen('#/audit/gone', reviews)).toEqual({ kind: 'home' });
  });

  it('tells the same place from another', () => {
    expect(sameScreen({ kind: 'workspace', reviewId: 'r1', submissionId: 'a' }, { kind: 'workspace', reviewId: 'r1', submissionId: 'a' })).toBe(true);
    expect(sameScreen({ kind: 'workspace', reviewId: 'r1', submissionId: 'a' }, { kind: 'workspace', reviewId: 'r1', submissionId: 'b' })).toBe(false);
  });
});
