import { create } from 'zustand';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { call } from '../../api/client.ts';
import { downloadBase64 } from '../../api/download-output.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The results' exports: what a printable page shows, one workbook per category, the audit log. Actions reject with the failure, for the screen to show. */
export interface ExportsStore {
  readonly results: Loadable<ResultsExport>;
  readonly busy: boolean;
  /** Loads what the printable pages of a review show. */
  load(reviewId: string): Promise<void>;
  /** Saves one workbook per category, one after the other. */
  exportPerCategory(reviewId: string, categoryIds: readonly string[]): Promise<void>;
  /** Saves the audit log (JSON lines or xlsx); resolves to what it holds. */
  exportAudit(format: 'jsonl' | 'xlsx'): Promise<ApiOutput<'audit:export'>>;
}

/** The results' exports store. */
export const useExports = create<ExportsStore>()((set) => ({
  results: idleLoadable(),
  busy: false,
  async load(reviewId) {
    set({ results: startLoading(reviewId) });
    try {
      const value = await call('exports:get', { reviewId });
      set((s) => ({ results: finishLoading(s.results, reviewId, value) }));
    } catch (error) {
      set((s) => ({ results: failLoading(s.results, reviewId, error) }));
    }
  },
  async exportPerCategory(reviewId, categoryIds) {
    set({ busy: true });
    try {
      for (const categoryId of categoryIds) {
        const file = await call('merge:export-xlsx', { reviewId, categoryId });
        downloadBase64(file.fileName, file.base64, XLSX_TYPE);
      }
    } finally {
      set({ busy: false });
    }
  },
  async exportAudit(format) {
    const file = await call('audit:export', { format });
    downloadBase64(file.fileName, file.base64, format === 'jsonl' ? 'application/jsonl' : XLSX_TYPE);
    return file;
  },
}));
