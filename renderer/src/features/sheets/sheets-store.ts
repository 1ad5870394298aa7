import { create } from 'zustand';
import type { SheetChanges, SheetStatus, SheetVersion } from '../../../../shared/domain/trust-views.ts';
import { call } from '../../api/client.ts';
import { downloadBase64 } from '../../api/download-output.ts';
import {
  applyPrint, applyPrintFailed, applyPrintLoading, applySheetBusy, applySheetStatus, applySheetStatusFailed, applySheetStatusLoading, initialSheetsState,
  type SheetsState,
} from './sheets-state.ts';

/**
 * The score sheet's store (sign panel, printable sheet): thin actions that call the API, then apply
 * a pure transition. Actions that fail reject with the failure, for the screen to show.
 */
export interface SheetsStore extends SheetsState {
  open(reviewId: string): Promise<void>;
  /** What signing the next version would change from the newest signed one (empty before the first signature). */
  changes(): Promise<SheetChanges | null>;
  /** Signs the next version (the signing key must be open) with the expert's reasons for changed scores; scoring locks. */
  sign(reasons?: readonly { submissionId: string; criterionId: string; reason: string }[]): Promise<void>;
  /** Reopens the signed sheet for changes (修改并重新签名). */
  amend(): Promise<void>;
  /** Saves a signed version's file where the user chooses. */
  exportVersion(version: SheetVersion): Promise<void>;
  /** Loads one signed version, its review and program, for the printable sheet. */
  openPrint(reviewId: string, version: number): Promise<void>;
}

/** The score sheet's store. */
export const useSheets = create<SheetsStore>()((set, get) => {
  const act = async (request: (reviewId: string) => Promise<SheetStatus>) => {
    const reviewId = get().status.key;
    if (reviewId === null) return;
    set((s) => applySheetBusy(s, true));
    try {
      const status = await request(reviewId);
      set((s) => applySheetStatus(s, reviewId, status));
    } finally {
      set((s) => applySheetBusy(s, false));
    }
  };
  return {
    ...initialSheetsState,
    async open(reviewId) {
      set((s) => applySheetStatusLoading(s, reviewId));
      try {
        const status = await call('sheets:status', { reviewId });
        set((s) => applySheetStatus(s, reviewId, status));
      } catch (error) {
        set((s) => applySheetStatusFailed(s, reviewId, error));
      }
    },
    async changes() {
      const reviewId = get().status.key;
      return reviewId === null ? null : call('sheets:changes', { reviewId });
    },
    sign: (reasons = []) => act((reviewId) => call('sheets:sign', { reviewId, reasons: [...reasons] })),
    amend: () => act((reviewId) => call('sheets:amend', { reviewId })),
    async exportVersion(version) {
      const reviewId = get().status.key;
      if (reviewId === null) return;
      const file = await call('sheets:export', { reviewId, version: version.version });
      downloadBase64(file.fileName, file.base64, 'application/json');
    },
    async openPrint(reviewId, version) {
      set((s) => applyPrintLoading(s, reviewId, version));
      try {
        const [view, review, program] = await Promise.all([call('sheets:get', { reviewId, version }), call('reviews:get', { reviewId }), call('scoring:program', { reviewId })]);
        set((s) => applyPrint(s, reviewId, version, { view, review, program }));
      } catch (error) {
        set((s) => applyPrintFailed(s, reviewId, version, error));
      }
    },
  };
});
