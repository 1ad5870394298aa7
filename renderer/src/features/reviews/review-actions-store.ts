import { create } from 'zustand';
import { call } from '../../api/client.ts';
import { downloadOutput } from '../../api/download-output.ts';
import { uploadFile } from '../../api/upload-file.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { ReviewBackupPreview } from '../../../../shared/domain/review-backup.ts';
import { canConfirmDelete, type DeleteDialog } from './review-actions-state.ts';

/** Archive, delete and back up reviews from the home screen; failures are thrown to the caller, which shows them. */
export interface ReviewActionsStore {
  readonly deleting: DeleteDialog | null;
  /** A backup being written or read: which review (or 'import'), for the buttons' spinners. */
  readonly busy: string | null;
  /** A backup read and checked, waiting for the user to accept its signer: what it is, and its upload. */
  readonly importing: { readonly preview: ReviewBackupPreview; readonly uploadId: string; readonly busy: boolean } | null;
  archive(reviewId: string, archived: boolean): Promise<void>;
  askDelete(reviewId: string): Promise<void>;
  type(text: string): void;
  cancelDelete(): void;
  /** Deletes the review in the dialog once its title is repeated; resolves to the deleted title, or null. */
  confirmDelete(): Promise<string | null>;
  /** Writes the review's backup (signed by this profile's key) and saves it; resolves to the key's fingerprint. */
  exportBackup(reviewId: string): Promise<string>;
  /** Uploads a backup and reads it without importing: the dialog shows who signed it. */
  inspectBackup(file: File): Promise<void>;
  /** Imports the backup in the dialog, its signer accepted as shown; resolves to the review, or null without a dialog. */
  confirmImport(): Promise<ReviewDetail | null>;
  cancelImport(): void;
}

/** The home screen's review actions. */
export const useReviewActions = create<ReviewActionsStore>()((set, get) => ({
  deleting: null,
  busy: null,
  importing: null,
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
      return output.fingerprint;
    } finally {
      set({ busy: null });
    }
  },
  async inspectBackup(file) {
    set({ busy: 'import' });
    try {
      const uploadId = await uploadFile(file);
      set({ importing: { preview: await call('reviews:inspect-backup', { uploadId }), uploadId, busy: false } });
    } finally {
      set({ busy: null });
    }
  },
  async confirmImport() {
    const dialog = get().importing;
    if (dialog === null) return null;
    set({ importing: { ...dialog, busy: true } });
    try {
      const review = await call('reviews:import-backup', { uploadId: dialog.uploadId, accepted: dialog.preview.signer?.fingerprint ?? null });
      set({ importing: null });
      return review;
    } catch (error) {
      // A refusal ends the import (the services discarded the upload): the file is chosen again.
      set({ importing: null });
      throw error;
    }
  },
  cancelImport() {
    set({ importing: null });
  },
}));
