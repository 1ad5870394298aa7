import { describe, expect, it } from 'vitest';
import type { ReviewDeletion, ReviewSummary } from '../../../../shared/domain/review.ts';
import { canConfirmDelete, deletionLines, splitArchived } from '../../../../renderer/src/features/reviews/review-actions-state.ts';

const deletion: ReviewDeletion = { reviewId: 'r', title: '2027年评审', submissions: 6, documents: 12, experts: 0, scores: 40, signedSheets: 0, receivedSheets: 3 };

describe('the delete dialog', () => {
  it('confirms only when the title is typed again (spaces around it aside), and not while running', () => {
    const dialog = { deletion, typed: '', busy: false, problem: null };
    expect(canConfirmDelete(dialog)).toBe(false);
    expect(canConfirmDelete({ ...dialog, typed: '2027年' })).toBe(false);
    expect(canConfirmDelete({ ...dialog, typed: ' 2027年评审 ' })).toBe(true);
    expect(canConfirmDelete({ ...dialog, typed: '2027年评审', busy: true })).toBe(false);
  });

  it('names the kinds of work that would go, leaving out those with none', () => {
    expect(deletionLines(deletion)).toEqual([
      { key: 'submissions', count: 6 },
      { key: 'documents', count: 12 },
      { key: 'scores', count: 40 },
      { key: 'receivedSheets', count: 3 },
    ]);
  });
});

describe('splitArchived', () => {
  it('keeps the services order within the reviews in use and the archived ones', () => {
    const review = (id: string, archivedAt: string | null): ReviewSummary => ({ id, title: id, programTitle: '', documentNumber: '', isDemo: false, archivedAt, fieldCount: 0, submissionCount: 0, createdAt: '', stage: 'formal-check' });
    const { active, archived } = splitArchived([review('a', null), review('b', '2026-12-01'), review('c', null)]);
    expect(active.map((r) => r.id)).toEqual(['a', 'c']);
    expect(archived.map((r) => r.id)).toEqual(['b']);
  });
});
