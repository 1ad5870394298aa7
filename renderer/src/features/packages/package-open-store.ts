import { create } from 'zustand';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import { call } from '../../api/client.ts';
import { uploadFile } from '../../api/upload-file.ts';
import {
  applyChecking, applyExpertChosen, applyImporting, applyPreview, applyRefused, applyReplaceDemo, applyUploadProgress, applyUploadStarted, canImport,
  initialPackageOpenState, type PackageOpenState,
} from './package-open-state.ts';

/**
 * The 打开评审包 dialog's store: sends the file, lets the services check it, then imports it as the
 * chosen roster entry. A refusal at any step is kept in the state (the dialog explains it); nothing throws.
 */
export interface PackageOpenStore extends PackageOpenState {
  open(file: File): Promise<void>;
  chooseExpert(expertId: string): void;
  setReplaceDemo(replaceDemo: boolean): void;
  /** Imports the checked package; resolves to the review and whether it was there already, or null when refused. */
  importPackage(): Promise<ApiOutput<'packages:import'> | null>;
  close(): void;
}

/** The 打开评审包 dialog's store. */
export const usePackageOpen = create<PackageOpenStore>()((set, get) => ({
  ...initialPackageOpenState,
  async open(file) {
    set(applyUploadStarted());
    try {
      const uploadId = await uploadFile(file, (sent, total) => set((s) => applyUploadProgress(s, sent, total)));
      set((s) => applyChecking(s));
      const preview = await call('packages:open', { uploadId });
      set((s) => applyPreview(s, preview));
    } catch (error) {
      set((s) => applyRefused(s, error));
    }
  },
  chooseExpert(expertId) {
    set((s) => applyExpertChosen(s, expertId));
  },
  setReplaceDemo(replaceDemo) {
    set((s) => applyReplaceDemo(s, replaceDemo));
  },
  async importPackage() {
    const state = get();
    if (state.step?.kind !== 'preview' || !canImport(state) || state.expertId === null) return null;
    set((s) => applyImporting(s, true));
    try {
      const result = await call('packages:import', { uploadId: state.step.preview.uploadId, expertId: state.expertId, replaceDemo: state.replaceDemo });
      set(initialPackageOpenState);
      return result;
    } catch (error) {
      set((s) => applyRefused(s, error));
      return null;
    }
  },
  close() {
    set(initialPackageOpenState);
  },
}));
