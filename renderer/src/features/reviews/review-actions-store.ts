import { create } from 'zustand';
import { call } from '../../api/client.ts';
import { downloadOutput } from '../../api/download-output.ts';
import { uploadFile } from '../../api/upload-file.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import { canConfirmDelete, type DeleteDialog } from './review-actions-state.ts';

/** Archive, delete and back up reviews from the home screen; failures are thrown to the caller, which shows them. */
export interface ReviewActionsStore {
  readonly deleting: DeleteDialog | null;
  /** A backup being written or read: which review (or 'import'), for the buttons' spinners. */
  readonly busy: string | null;
  archive(reviewId: string, archived: boolean): Promise<void>;
  askDelete(reviewId: string): Promise<void>;
  type(text: string): void;
  cancelDelete(): void;
  /** Deletes the review in the dialog once its title is repeated; resolves to the deleted title, or null. */
  confirmDelete(): Promise<string | null>;
  exportBackup(reviewId: string): Promise<void>;
  importBackup(file: File): Promise<ReviewDetail>;
}

/** The home screen's review actions. */
export const useReviewActions = create<ReviewActionsStore>()((set, get) => ({
  deleting: null,
  busy: null,
  async archive(reviewId, archived) {
    await call('reviews:archive', { reviewId, archived });
  },
  async askDelete(reviewId) {
    const deletion = await call('reviews:deletion', { reviewId });
    set({ deleting: { deletion, typed: '', busy: false, problem: null } });
  },
  type(text) {
    set((s) => (s.deleting === null ? s : { deleting: { ...s.deleting, typed: text, problem: null } }));
  },
  cancelDelete() {
    set({ deleting: null });
  },
  async confirmDelete() {
    const dialog = get().deleting;
    if (dialog === null || !canConfirmDelete(dialog)) return null;
    set({ deleting: { ...dialog, busy: true } });
    try {
      await call('reviews:delete', { reviewId: dialog.deletion.reviewId, confirmTitle: dialog.typed });
      set({ deleting: null });
      return dialog.deletion.title;
    } catch (error) {
      set({ deleting: { ...dialog, busy: false } });
      throw error;
    }
  },
  async exportBackup(reviewId) {
    set({ busy: reviewId });
    try {
      const output = await call('reviews:export-backup', { reviewId });
      downloadOutput(output.id, output.fileName);
    } finally {
      set({ busy: null });
    }
  },
  async importBackup(file) {
    set({ busy: 'import' });
    try {
      return await call('reviews:import-backup', { uploadId: await uploadFile(file) });
    } finally {
      set({ busy: null });
    }
  },
}));
