import { describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../../shared/domain/audit-view.ts';
import { auditKindOf, auditTimeBounds } from '../../../../shared/domain/audit-view.ts';
import { chinaTimeText } from '../../../../shared/text/china-time-text.ts';
import {
  applyAuditFilters, applyAuditLoaded, applyAuditLoading, applyAuditOpening, applyAuditPage, applyChainChecked, auditQueryKey, auditQueryOf, initialAuditState,
} from '../../../../renderer/src/features/audit/audit-state.ts';

const page = (seqs: number[]): AuditPage => ({ entries: seqs.map((seq) => ({ seq, at: '2026-06-02T10:00:00.000Z', action: 'sheet.received', subject: 'r', detail: {}, hash: 'h' })), total: seqs.length, kinds: [] });

describe('audit-log screen state', () => {
  it('opens on one review (or the whole log), first page, the chain not yet checked', () => {
    const checked = applyChainChecked(initialAuditState, { rows: 3, lastHash: 'x', broken: null });
    const opened = applyAuditOpening(applyAuditFilters(checked, { text: '周涛' }), 'demo');
    expect(opened.filters).toEqual({ reviewId: 'demo', kind: null, text: '', from: null, to: null });
    expect(opened.chain.phase).toBe('idle');
    expect(auditQueryOf(opened)).toEqual({ reviewId: 'demo', offset: 0, limit: 50 });
    expect(auditQueryOf(applyAuditOpening(opened, null))).toEqual({ offset: 0, limit: 50 });
  });

  it('a filter goes back to the first page; a page asks for its offset; a new page size starts at page 1', () => {
    let state = applyAuditPage(applyAuditOpening(initialAuditState, null), 3);
    expect(auditQueryOf(state)).toMatchObject({ offset: 100, limit: 50 });
    state = applyAuditFilters(state, { kind: 'merge', text: '  李华 ', from: '2026-06-01' });
    expect(auditQueryOf(state)).toEqual({ kind: 'merge', text: '李华', from: '2026-06-01', offset: 0, limit: 50 });
    expect(auditQueryOf(applyAuditPage(applyAuditPage(state, 4), 4, 100))).toMatchObject({ offset: 0, limit: 100 });
  });

  it('keeps the rows shown while the next page loads, and drops an answer to a query no longer asked', () => {
    let state = applyAuditLoading(applyAuditOpening(initialAuditState, null));
    const first = auditQueryKey(state);
    state = applyAuditLoaded(state, first, page([3, 2, 1]));
    state = applyAuditLoading(applyAuditFilters(state, { kind: 'sheet' }));
    expect(state.load).toMatchObject({ phase: 'loading', value: page([3, 2, 1]) });
    // The answer to the first query comes late: ignored.
    expect(applyAuditLoaded(state, first, page([9])).load).toBe(state.load);
    expect(applyAuditLoaded(state, auditQueryKey(state), page([2])).load).toMatchObject({ phase: 'ready', value: page([2]) });
  });
});

describe('audit rows as shown', () => {
  it('kinds are the part before the dot; times are China time; day ranges are China days, both ends included', () => {
    expect(auditKindOf('formal-check.overridden')).toBe('formal-check');
    expect(auditKindOf('legacy')).toBe('legacy');
    expect(chinaTimeText('2026-06-02T16:30:05.123Z')).toBe('2026-06-03 00:30:05');
    expect(chinaTimeText('not a time')).toBe('not a time');
    expect(auditTimeBounds('2026-06-02', '2026-06-02')).toEqual({ from: '2026-06-01T16:00:00.000Z', to: '2026-06-02T16:00:00.000Z' });
    expect(auditTimeBounds(null, '2026-12-31')).toEqual({ from: null, to: '2026-12-31T16:00:00.000Z' });
  });
});
