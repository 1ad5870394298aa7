import { create } from 'zustand';
import { call } from '../../api/client.ts';
import { messageOf } from '../../api/error-message.ts';
import { uploadFile } from '../../api/upload-file.ts';
import {
  applyCategoryChosen, applyCommitted, applyCommitting, applyFileMoved, applyIntakeCancelled, applyIntakeFailed, applyIntakeOpened, applyMoveUndone, applyReviewLoaded, applyRoleChosen, applyScanProgress, applyUploadProgress,
  applyUploadStarted, editsOf, initialIntakeState, type IntakeRole, type IntakeState, type PickedFile,
} from './intake-state.ts';

// How often a running scan is asked where it stands.
const POLL_MS = 300;

/** The intake screen's store: thin actions that call the API, then apply a pure transition. */
export interface IntakeStore extends IntakeState {
  /** A fresh start on a review (its title and fields loaded for the field choices). */
  open(reviewId: string): void;
  /** A fresh start on the same review, after a commit (继续导入). */
  again(): void;
  /** Uploads the chosen files (keeping their folders), then scans them into a preview. */
  choose(files: readonly PickedFile[]): Promise<void>;
  /** Stops the upload or the scan; nothing is stored. */
  cancel(): Promise<void>;
  chooseRole(sourcePath: string, role: IntakeRole): void;
  chooseCategory(applicationKey: string, categoryId: string): void;
  /** Puts a file under an application (its key), or leaves it out (null). */
  moveFile(sourcePath: string, applicationKey: string | null): void;
  /** Puts a moved file back where the preview put it. */
  undoMove(sourcePath: string): void;
  /** Stores the preview with the role changes, in one transaction. */
  commit(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The intake screen's store. */
export const useIntake = create<IntakeStore>()((set, get) => {
  // Each choose() gets a number: a cancel or a newer choice makes an older one stop where it is.
  let run = 0;
  const current = (mine: number) => run === mine;
  return {
    ...initialIntakeState,
    open(reviewId) {
      run += 1;
      set(applyIntakeOpened(reviewId));
      // The field names only label the choices: a failure leaves the ids shown, and the scan says what is wrong.
      call('reviews:get', { reviewId }).then(
        (review) => set((s) => applyReviewLoaded(s, reviewId, review)),
        () => {},
      );
    },
    again() {
      run += 1;
      set((s) => applyIntakeOpened(s.reviewId ?? '', s.review));
    },
    async choose(files) {
      const reviewId = get().reviewId;
      if (!reviewId || files.length === 0) return;
      const mine = ++run;
      set((s) => applyUploadStarted(s, files));
      try {
        const sources = [];
        let sentBefore = 0;
        for (const [i, picked] of files.entries()) {
          const uploadId = await uploadFile(picked.file, (sent) => {
            if (current(mine)) set((s) => applyUploadProgress(s, sentBefore + sent, i));
          });
          if (!current(mine)) return;
          sentBefore += picked.file.size;
          set((s) => applyUploadProgress(s, sentBefore, i + 1));
          sources.push({ uploadId, relativePath: picked.relativePath, modifiedAt: picked.file.lastModified });
        }
        let progress = await call('intake:scan', { reviewId, sources });
        while (current(mine)) {
          set((s) => applyScanProgress(s, progress));
          if (progress.state !== 'running') return;
          await sleep(POLL_MS);
          if (!current(mine)) return;
          progress = await call('intake:progress', { jobId: progress.jobId });
        }
      } catch (error) {
        if (current(mine)) set((s) => applyIntakeFailed(s, messageOf(error)));
      }
    },
    async cancel() {
      run += 1;
      const { progress } = get();
      set((s) => applyIntakeCancelled(s));
      if (progress?.state !== 'running' && progress?.state !== 'done') return;
      try {
        await call('intake:cancel', { jobId: progress.jobId });
      } catch (error) {
        set((s) => ({ ...s, error: messageOf(error) }));
      }
    },
    chooseRole(sourcePath, role) {
      set((s) => applyRoleChosen(s, sourcePath, role));
    },
    chooseCategory(applicationKey, categoryId) {
      set((s) => applyCategoryChosen(s, applicationKey, categoryId));
    },
    moveFile(sourcePath, applicationKey) {
      set((s) => applyFileMoved(s, sourcePath, applicationKey));
    },
    undoMove(sourcePath) {
      set((s) => applyMoveUndone(s, sourcePath));
    },
    async commit() {
      const state = get();
      if (state.phase !== 'preview' || !state.progress) return;
      set((s) => applyCommitting(s));
      try {
        const outcome = await call('intake:commit', { jobId: state.progress.jobId, edits: editsOf(state) });
        set((s) => applyCommitted(s, outcome));
      } catch (error) {
        set((s) => applyIntakeFailed(s, messageOf(error)));
      }
    },
  };
});
