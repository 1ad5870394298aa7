import { getI18n } from 'react-i18next';
import { create } from 'zustand';
import type { CheckedRule, FormalCheckView } from '../../../../shared/domain/formal-check-view.ts';
import { call } from '../../api/client.ts';
import { messageOf } from '../../api/error-message.ts';
import { base64ToBytes, downloadFile } from '../../api/file-transfer.ts';
import {
  applyCheckBusy, applyCheckFailed, applyCheckLoaded, applyCheckOpening, applyCheckReview, applyCheckReviewFailed, applyConclusionOpened, applyEditChanged, applyEditClosed, applyOverrideOpened,
  canSendEdit, initialFormalCheckState, type FormalCheckState,
} from './formal-check-state.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 形式审查 screen's store: thin actions that call the API, then apply a pure transition. */
export interface FormalCheckStore extends FormalCheckState {
  open(reviewId: string): Promise<void>;
  /** Runs the check on the imported materials. */
  run(): Promise<void>;
  /** The 形式审查结果表 as .xlsx, offered as a download. */
  exportXlsx(): Promise<void>;
  openOverride(submissionId: string, rule: CheckedRule): void;
  openConclusion(submissionId: string): void;
  changeEdit(change: Parameters<typeof applyEditChanged>[1]): void;
  closeEdit(): void;
  /** Sends the open override or conclusion; the services say why when they refuse. */
  sendEdit(): Promise<void>;
  /** Sets when an application was received, from the mail (`receivedAt` as ISO), then runs the check again. */
  setReceivedAt(submissionId: string, receivedAt: string): Promise<void>;
}

/** The 形式审查 screen's store. */
export const useFormalCheck = create<FormalCheckStore>()((set, get) => {
  // Every call answers with the whole check; one shown for another review (opened meanwhile) is dropped.
  const settle = async (reviewId: string, request: () => Promise<FormalCheckView>) => {
    set((s) => applyCheckBusy(s));
    try {
      const view = await request();
      if (get().reviewId === reviewId) set((s) => applyCheckLoaded(s, view));
    } catch (error) {
      if (get().reviewId === reviewId) set((s) => applyCheckFailed(s, messageOf(error)));
    }
  };
  return {
    ...initialFormalCheckState,
    async open(reviewId) {
      set(applyCheckOpening(reviewId));
      // The review (title, 文号, field names) is read beside the check; the screen waits for the check only.
      const review = call('reviews:get', { reviewId }).then(
        (detail) => get().reviewId === reviewId && set((s) => applyCheckReview(s, detail)),
        (error: unknown) => get().reviewId === reviewId && set((s) => applyCheckReviewFailed(s, messageOf(error))),
      );
      await Promise.all([settle(reviewId, () => call('formal-check:get', { reviewId })), review]);
    },
    async run() {
      const { reviewId } = get();
      if (reviewId) await settle(reviewId, () => call('formal-check:run', { reviewId }));
    },
    async exportXlsx() {
      const { reviewId } = get();
      if (!reviewId) return;
      try {
        const file = await call('formal-check:export-xlsx', { reviewId });
        downloadFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
      } catch (error) {
        set((s) => applyCheckFailed(s, messageOf(error)));
      }
    },
    openOverride: (submissionId, rule) => set((s) => applyOverrideOpened(s, submissionId, rule)),
    openConclusion: (submissionId) => set((s) => applyConclusionOpened(s, submissionId)),
    changeEdit: (change) => set((s) => applyEditChanged(s, change)),
    closeEdit: () => set((s) => applyEditClosed(s)),
    async sendEdit() {
      const { reviewId, edit } = get();
      if (!reviewId || !edit || !canSendEdit(edit)) return;
      await settle(reviewId, () =>
        edit.kind === 'override'
          ? call('formal-check:override', { reviewId, submissionId: edit.submissionId, rule: edit.rule, result: edit.result, reason: edit.reason })
          : call('formal-check:conclude', { reviewId, submissionId: edit.submissionId, conclusion: edit.conclusion, reason: edit.reason }),
      );
    },
    async setReceivedAt(submissionId, receivedAt) {
      const { reviewId } = get();
      if (!reviewId) return;
      await settle(reviewId, async () => {
        await call('intake:set-received-at', { reviewId, submissionId, receivedAt });
        try {
          return await call('formal-check:run', { reviewId });
        } catch (error) {
          // The time is stored by now: say so, or the coordinator would set it again.
          throw new Error(getI18n().t('formalCheck.receivedSetRecheckFailed', { reason: messageOf(error) }), { cause: error });
        }
      });
    },
  };
});
