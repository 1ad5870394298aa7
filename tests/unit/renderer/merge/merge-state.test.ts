import { describe, expect, it } from 'vitest';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';
import { mergeBoard } from '../../../../shared/merge/merge-board.ts';
import { applyDropBatch, applyDropDone, applyDropStarted, applyMergeFailed, applyMergeLoaded, applyMergeOpening, applySensitivity, batchFiles } from '../../../../renderer/src/features/merge/merge-state.ts';

const view = (lastDrop: MergeView['lastDrop']): MergeView => ({
  board: [],
  discussions: [],
  report: { reviewId: 'r', rule: 'mean', categories: [], counted: [], refused: [], superseded: [], duplicates: [] },
  decisions: [],
  finals: [],
  settings: { rule: 'mean', programRule: 'mean', trimOn: 'totals', trimCount: 1, trimMinimumPanel: 5 },
  held: [],
  notChosen: [],
  lastDrop,
});

describe('merge screen state', () => {
  it('adds up a drop sent in batches: stored, held, unchanged and refused across every batch, with progress', () => {
    let state = applyMergeLoaded(applyMergeOpening('r'), view(null));
    state = applyDropStarted(state, 5, [{ file: 'huge.json', reason: '过大', fingerprint: null }]);
    expect(state.receiving).toEqual({ done: 0, total: 5 });
    state = applyDropBatch(state, view({ stored: 2, held: 1, unchanged: 0, refused: [{ file: 'a.json', reason: '签名无效', why: { key: 'sheet-refusals.bad-signature', params: {} }, fingerprint: null }] }), 3);
    state = applyDropBatch(state, view({ stored: 0, held: 0, unchanged: 1, refused: [] }), 1);
    expect(state.receiving).toEqual({ done: 4, total: 5 });
    expect(state.dropCounts).toEqual({ stored: 2, held: 1, unchanged: 1 });
    expect(state.dropRefused.map((r) => r.file)).toEqual(['huge.json', 'a.json']);
    expect(applyDropDone(state).receiving).toBeNull();
  });

  it('keeps the sensitivity report while the figures stand (a decision), drops it when they change (settings, new sheets)', () => {
    const sensitivity = { rule: 'mean' as const, categories: [] };
    const state = applySensitivity(applyMergeLoaded(applyMergeOpening('r'), view(null)), sensitivity);
    expect(applyMergeLoaded(state, { ...view(null), decisions: [{ submissionId: 'a', decision: 'recommend', reason: '', decidedAt: 'now' }] }).sensitivity).toBe(sensitivity);
    expect(applyMergeLoaded(state, { ...view(null), settings: { ...view(null).settings, rule: 'median' } }).sensitivity).toBeNull();
    const counted = { file: 'f', expertId: 'e', version: 1, digest: 'd', fingerprint: 'x', firstSight: false };
    expect(applyDropBatch(state, { ...view(null), report: { ...view(null).report, counted: [counted] } }, 1).sensitivity).toBeNull();
  });

  it('a failed call keeps what is shown and says why; failing to load at all is a failed screen', () => {
    const loaded = applyMergeLoaded(applyMergeOpening('r'), view(null));
    expect(applyMergeFailed(loaded, '网络错误')).toMatchObject({ phase: 'ready', error: '网络错误', receiving: null });
    expect(applyMergeFailed(applyMergeOpening('r'), '网络错误')).toMatchObject({ phase: 'failed', error: '网络错误' });
  });

  it('batches files under the request limit, and sets apart one too large to send', () => {
    const files = [{ size: 600 }, { size: 600 }, { size: 600 }, { size: 5000 }].map((f, i) => ({ ...f, name: String(i) }));
    const { batches, tooLarge } = batchFiles(files, 2000);
    // 600 bytes are 800 base64 characters (+200 for the JSON around): two per batch of 2000.
    expect(batches.map((b) => b.map((f) => f.name))).toEqual([['0', '1'], ['2']]);
    expect(tooLarge.map((f) => f.name)).toEqual(['3']);
    // Never more files in one call than it takes, however small they are.
    expect(batchFiles(Array.from({ length: 450 }, () => ({ size: 10 })), 10_000_000).batches.map((b) => b.length)).toEqual([200, 200, 50]);
  });
});

describe('merge board', () => {
  const review = {
    fields: [{ id: 'ai' }, { id: 'mfg' }],
    submissions: [{ id: 's1', fieldId: 'ai' }, { id: 's2', fieldId: 'ai' }, { id: 's3', fieldId: 'mfg' }],
  };
  it('shows per expert and category: received with the version, missing, recused, conflict, nothing assigned; then experts only seen in sheets', () => {
    const roster = [
      { id: 'e1', name: '王明', submissionIds: ['s1', 's2', 's3'], conflicts: [] },
      { id: 'e2', name: '李华', submissionIds: ['s1'], conflicts: ['s3'] },
      { id: 'e3', name: '陈立', submissionIds: ['s1'], conflicts: [] },
    ];
    const counted = [
      { expertId: 'e1', name: '王明', version: 2, signedAt: '2026-06-02T10:00:00Z', scored: ['s1', 's2'], recused: ['s3'] },
      { expertId: 'x9', name: '赵六', version: 1, signedAt: '2026-06-02T11:00:00Z', scored: ['s3'], recused: [] },
    ];
    const board = mergeBoard(roster, review, counted, new Set(['e3']));
    expect(board.map((row) => [row.expertId, row.onRoster, row.cells.map((c) => c.state)])).toEqual([
      ['e1', true, ['received', 'recused']],
      ['e2', true, ['missing', 'recused']],
      ['e3', true, ['conflict', 'conflict']],
      ['x9', false, ['none', 'received']],
    ]);
    expect(board[0]!.cells[0]).toEqual({ categoryId: 'ai', state: 'received', version: 2, signedAt: '2026-06-02T10:00:00Z' });
  });
});
