import { describe, expect, it } from 'vitest';
import { applyFindControlState, applyMatchesCount, findEvent, idleFind } from '../../../../renderer/src/features/reader/model/find-status.ts';

describe('reader find bookkeeping', () => {
  it('follows pdf.js find states and counts', () => {
    const pending = applyFindControlState(idleFind, { state: 3, matchesCount: { current: 0, total: 0 }, rawQuery: '培养' });
    expect(pending).toEqual({ query: '培养', state: 'pending', current: 0, total: 0 });
    const found = applyFindControlState(pending, { state: 0, matchesCount: { current: 1, total: 3 }, rawQuery: '培养' });
    expect(found).toEqual({ query: '培养', state: 'found', current: 1, total: 3 });
    const more = applyMatchesCount(found, { current: 1, total: 12 });
    expect(more).toMatchObject({ state: 'found', current: 1, total: 12 });
    const wrapped = applyFindControlState(more, { state: 2, matchesCount: { current: 1, total: 12 }, rawQuery: '培养' });
    expect(wrapped.state).toBe('wrapped');
  });

  it('reports not-found, also when pdf.js says found with no matches for a query', () => {
    expect(applyFindControlState(idleFind, { state: 1, matchesCount: { current: 0, total: 0 }, rawQuery: '无' }).state).toBe('not-found');
    expect(applyFindControlState(idleFind, { state: 0, matchesCount: { current: 0, total: 0 }, rawQuery: '无' }).state).toBe('not-found');
    // An empty query is simply done.
    expect(applyFindControlState(idleFind, { state: 0, matchesCount: { current: 0, total: 0 }, rawQuery: '' }).state).toBe('found');
  });

  it('keeps the last counts and query when an event omits them, and recovers from not-found when counts arrive', () => {
    const state = applyFindControlState({ query: 'a', state: 'found', current: 2, total: 5 }, { state: 0 });
    expect(state).toEqual({ query: 'a', state: 'found', current: 2, total: 5 });
    const recovered = applyMatchesCount({ query: 'a', state: 'not-found', current: 0, total: 0 }, { current: 0, total: 2 });
    expect(recovered.state).toBe('found');
  });

  it('builds the find event pdf.js listens for', () => {
    expect(findEvent('职业教育')).toEqual({
      type: '', query: '职业教育', caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: false, matchDiacritics: false,
    });
    expect(findEvent('x', { again: true, previous: true })).toMatchObject({ type: 'again', findPrevious: true });
  });
});
