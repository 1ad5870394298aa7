import { create } from 'zustand';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';
import type { Decision } from '../../../../shared/merge/decisions.ts';
import { call } from '../../api/client.ts';
import { base64ToBytes, downloadFile, fileToBase64 } from '../../api/file-transfer.ts';
import { messageOf } from '../../api/error-message.ts';
import { uploadFile } from '../../api/upload-file.ts';
import {
  applyDropBatch, applyDropDone, applySensitivity, applyDropStarted, applyMergeFailed, applyMergeLoaded, applyMergeOpening, batchFiles, initialMergeState, type MergeState,
} from './merge-state.ts';

/** Base64 characters per merge:receive call: under the browser host's 2 MB request limit, with room for JSON. */
const BATCH_LIMIT = 1_500_000;

const isZip = (file: File) => file.name.toLowerCase().endsWith('.zip');

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The merge screen's store: thin actions that call the API, then apply a pure transition. */
export interface MergeStore extends MergeState {
  open(reviewId: string): Promise<void>;
  /** Sends dropped files in batches, zips of sheets uploaded one by one; `refusedBefore` says why a file is refused without sending (too large), or null. */
  receive(files: readonly File[], refusedBefore: (file: File) => string | null): Promise<void>;
  /** Marks a category's list final, or reopens it; the services say why when they refuse. */
  finalize(categoryId: string, final: boolean): Promise<void>;
  /** Signs the committee's result with this profile's key and offers it as a download; resolves to its digest, or null. */
  signResult(): Promise<string | null>;
  /** The merge as an Excel workbook (专家评分汇总表, 推荐名单), offered as a download. */
  exportXlsx(): Promise<void>;
  /** Records (null: clears) a decision; resolves false when the services refused it (the reason is in `error`). */
  decide(submissionId: string, decision: Decision | null, reason: string): Promise<boolean>;
  /** Sets the review's ranking rule and where the trimmed mean trims (audited; refused while a list is final). */
  setSettings(settings: Pick<MergeView['settings'], 'rule' | 'trimOn'>): Promise<boolean>;
  /** Asks for the sensitivity report of the figures shown now. */
  analyse(): Promise<void>;
  /** Confirms a held sheet's key (fingerprint compared in person); resolves false when refused (the reason is in `error`). */
  confirmKey(expertId: string, fingerprint: string): Promise<boolean>;
  /** Chooses which of different sheets of one version counts, with the reason; resolves false when refused. */
  chooseVersion(choice: { expertId: string; version: number; digest: string; reason: string }): Promise<boolean>;
  /** Does not take an expert's held sheets signed with a key (with the reason): they are removed; resolves false when refused. */
  setAside(expertId: string, fingerprint: string, reason: string): Promise<boolean>;
  /** Opens a divergence round (分差复议) on an application for the chosen experts; resolves false when refused. */
  openDiscussion(submissionId: string, expertIds: readonly string[], note: string): Promise<boolean>;
  /** Closes a divergence round with the coordinator's conclusion; resolves false when refused. */
  closeDiscussion(discussionId: number, note: string): Promise<boolean>;
}


/** The merge screen's store. */
export const useMerge = create<MergeStore>()((set, get) => {
  // A call that answers with the merge view: shown when it comes, the refusal's reason otherwise.
  const viewCall = async (send: (reviewId: string) => Promise<MergeView>): Promise<boolean> => {
    const reviewId = get().reviewId;
    if (!reviewId) return false;
    try {
      const view = await send(reviewId);
      if (get().reviewId === reviewId) set((s) => applyMergeLoaded(s, view));
      return true;
    } catch (error) {
      if (get().reviewId === reviewId) set((s) => applyMergeFailed(s, messageOf(error)));
      return false;
    }
  };
  return {
  ...initialMergeState,
  async open(reviewId) {
    set(applyMergeOpening(reviewId));
    try {
      const view = await call('merge:get', { reviewId });
      // Another review may have been opened meanwhile: its screen must not show this one's merge.
      if (get().reviewId === reviewId) set((s) => applyMergeLoaded(s, view));
    } catch (error) {
      if (get().reviewId === reviewId) set((s) => applyMergeFailed(s, messageOf(error)));
    }
  },
  async receive(files, refusedBefore) {
    const reviewId = get().reviewId;
    if (!reviewId || files.length === 0) return;
    const refusals = files.map((f) => ({ file: f, reason: refusedBefore(f) }));
    const taken = refusals.filter((r) => r.reason === null).map((r) => r.file);
    const zips = taken.filter(isZip);
    const { batches, tooLarge } = batchFiles(taken.filter((f) => !isZip(f)), BATCH_LIMIT);
    const before = [...refusals.flatMap((r) => (r.reason === null ? [] : [{ file: r.file.name, reason: r.reason, fingerprint: null }])), ...tooLarge.map((f) => ({ file: f.name, reason: refusedBefore(f) ?? '', fingerprint: null }))];
    set((s) => applyDropStarted(s, files.length, before));
    try {
      for (const batch of batches) {
        const encoded = await Promise.all(batch.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })));
        const view = await call('merge:receive', { reviewId, files: encoded });
        if (get().reviewId !== reviewId) return;
        set((s) => applyDropBatch(s, view, batch.length));
      }
      // A zip is uploaded in chunks (it may hold hundreds of sheets), then read and verified by the services.
      for (const zip of zips) {
        const uploadId = await uploadFile(zip);
        const view = await call('merge:receive-zip', { reviewId, uploadId });
        if (get().reviewId !== reviewId) return;
        set((s) => applyDropBatch(s, view, 1));
      }
      set((s) => applyDropDone(s));
    } catch (error) {
      if (get().reviewId === reviewId) set((s) => applyMergeFailed(s, messageOf(error)));
    }
  },
  async finalize(categoryId, final) {
    await viewCall((reviewId) => call('merge:finalize', { reviewId, categoryId, final }));
  },
  async signResult() {
    const reviewId = get().reviewId;
    if (!reviewId) return null;
    try {
      const file = await call('merge:sign-result', { reviewId });
      downloadFile(file.fileName, base64ToBytes(file.base64), 'application/json');
      return file.digest;
    } catch (error) {
      if (get().reviewId === reviewId) set((s) => applyMergeFailed(s, messageOf(error)));
      return null;
    }
  },
  async exportXlsx() {
    const reviewId = get().reviewId;
    if (!reviewId) return;
    try {
      const file = await call('merge:export-xlsx', { reviewId });
      downloadFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
    } catch (error) {
      set((s) => applyMergeFailed(s, messageOf(error)));
    }
  },
  decide: (submissionId, decision, reason) => viewCall((reviewId) => call('merge:decide', { reviewId, submissionId, decision, reason })),
  async analyse() {
    const reviewId = get().reviewId;
    if (!reviewId) return;
    try {
      const report = await call('merge:sensitivity', { reviewId });
      if (get().reviewId === reviewId) set((s) => applySensitivity(s, report));
    } catch (error) {
      if (get().reviewId === reviewId) set((s) => applyMergeFailed(s, messageOf(error)));
    }
  },
  setSettings: (settings) => viewCall((reviewId) => call('merge:settings', { reviewId, ...settings })),
  confirmKey: (expertId, fingerprint) => viewCall((reviewId) => call('merge:confirm-key', { reviewId, expertId, fingerprint })),
  chooseVersion: (choice) => viewCall((reviewId) => call('merge:choose-version', { reviewId, ...choice })),
  setAside: (expertId, fingerprint, reason) => viewCall((reviewId) => call('merge:set-aside', { reviewId, expertId, fingerprint, reason })),
  openDiscussion: (submissionId, expertIds, note) => viewCall((reviewId) => call('merge:open-discussion', { reviewId, submissionId, expertIds: [...expertIds], note })),
  closeDiscussion: (discussionId, note) => viewCall((reviewId) => call('merge:close-discussion', { reviewId, discussionId, note })),
  };
});
