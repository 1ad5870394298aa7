import type { ReviewDeletion, ReviewSummary } from '../../../../shared/domain/review.ts';

// What the home screen does to a review beyond opening it (archive, delete, backup), as pure state.

/** The delete dialog: what would go, what the coordinator typed to confirm, whether it is running. */
export interface DeleteDialog {
  readonly deletion: ReviewDeletion;
  readonly typed: string;
  readonly busy: boolean;
  readonly problem: string | null;
}

/** True when the typed text repeats the review's title (spaces around it aside): only then may it be deleted. */
export function canConfirmDelete(dialog: DeleteDialog): boolean {
  return !dialog.busy && dialog.typed.trim() === dialog.deletion.title;
}

/** The reviews in use and the archived ones, each in the services' order. */
export function splitArchived(reviews: readonly ReviewSummary[]): { active: ReviewSummary[]; archived: ReviewSummary[] } {
  return { active: reviews.filter((r) => r.archivedAt === null), archived: reviews.filter((r) => r.archivedAt !== null) };
}

/** The kinds of work a deletion names, with their counts, leaving out those with none. */
export function deletionLines(deletion: ReviewDeletion): { key: 'submissions' | 'documents' | 'experts' | 'scores' | 'signedSheets' | 'receivedSheets'; count: number }[] {
  const keys = ['submissions', 'documents', 'experts', 'scores', 'signedSheets', 'receivedSheets'] as const;
  return keys.map((key) => ({ key, count: deletion[key] })).filter((line) => line.count > 0);
}
