import { create } from 'zustand';
import type { Decision } from '../../../shared/merge/decisions.ts';
import { call } from '../api/client.ts';
import { fileToBase64 } from '../api/file-transfer.ts';
import {
  applyDropBatch, applyDropDone, applyDropStarted, applyMergeFailed, applyMergeLoaded, applyMergeOpening, batchFiles, initialMergeState, type MergeState,
} from './merge-state.ts';

/** Base64 characters per merge:receive call: under the browser host's 2 MB request limit, with room for JSON. */
const BATCH_LIMIT = 1_500_000;

/** The merge screen's store: thin actions that call the API, then apply a pure transition. */
export interface MergeStore extends MergeState {
  open(reviewId: string): Promise<void>;
  /** Sends dropped files in batches; `tooLarge` names a file refused before sending. */
  receive(files: readonly File[], tooLarge: (file: File) => string): Promise<void>;
  /** Records (null: clears) a decision; resolves false when the services refused it (the reason is in `error`). */
  decide(submissionId: string, decision: Decision | null, reason: string): Promise<boolean>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The merge screen's store. */
export const useMerge = create<MergeStore>()((set, get) => ({
  ...initialMergeState,
  async open(reviewId) {
    set(applyMergeOpening(reviewId));
    try {
      const view = await call('merge:get', { reviewId });
      set((s) => applyMergeLoaded(s, view));
    } catch (error) {
      set((s) => applyMergeFailed(s, messageOf(error)));
    }
  },
  async receive(files, tooLargeReason) {
    const reviewId = get().reviewId;
    if (!reviewId || files.length === 0) return;
    const { batches, tooLarge } = batchFiles(files, BATCH_LIMIT);
    set((s) => applyDropStarted(s, files.length, tooLarge.map((f) => ({ file: f.name, reason: tooLargeReason(f), fingerprint: null }))));
    try {
      for (const batch of batches) {
        const encoded = await Promise.all(batch.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })));
        const view = await call('merge:receive', { reviewId, files: encoded });
        set((s) => applyDropBatch(s, view, batch.length));
      }
      set((s) => applyDropDone(s));
    } catch (error) {
      set((s) => applyMergeFailed(s, messageOf(error)));
    }
  },
  async decide(submissionId, decision, reason) {
    const reviewId = get().reviewId;
    if (!reviewId) return false;
    try {
      const view = await call('merge:decide', { reviewId, submissionId, decision, reason });
      set((s) => applyMergeLoaded(s, view));
      return true;
    } catch (error) {
      set((s) => applyMergeFailed(s, messageOf(error)));
      return false;
    }
  },
}));
