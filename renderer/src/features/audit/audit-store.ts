import { create } from 'zustand';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import { call } from '../../api/client.ts';
import { base64ToBytes, downloadFile } from '../../api/file-transfer.ts';
import {
  applyAuditFailed, applyAuditFilters, applyAuditLoaded, applyAuditLoading, applyAuditOpening, applyAuditPage, applyChainChecked, applyChainChecking, applyChainFailed,
  auditQueryKey, auditQueryOf, initialAuditState, type AuditFilters, type AuditState,
} from './audit-state.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The audit-log screen's store: thin actions that call the API, then apply a pure transition. */
export interface AuditStore extends AuditState {
  /** Opens the log for one review's rows, or the whole log (null). */
  open(reviewId: string | null): Promise<void>;
  filter(patch: Partial<AuditFilters>): Promise<void>;
  showPage(page: number, pageSize?: number): Promise<void>;
  /** Checks the whole hash chain. */
  verify(): Promise<void>;
  /** Saves the whole log (JSON lines or xlsx); resolves to what it holds; rejects with the failure. */
  exportLog(format: 'jsonl' | 'xlsx'): Promise<ApiOutput<'audit:export'>>;
}

/** The audit-log screen's store. */
export const useAudit = create<AuditStore>()((set, get) => {
  // Reads the page the state asks for; an answer to an older query is dropped by its key.
  const read = async () => {
    set((s) => applyAuditLoading(s));
    const key = auditQueryKey(get());
    try {
      const page = await call('audit:list', auditQueryOf(get()));
      set((s) => applyAuditLoaded(s, key, page));
    } catch (error) {
      set((s) => applyAuditFailed(s, key, error));
    }
  };
  return {
    ...initialAuditState,
    async open(reviewId) {
      set((s) => applyAuditOpening(s, reviewId));
      await read();
    },
    async filter(patch) {
      set((s) => applyAuditFilters(s, patch));
      await read();
    },
    async showPage(page, pageSize) {
      set((s) => applyAuditPage(s, page, pageSize));
      await read();
    },
    async verify() {
      set((s) => applyChainChecking(s));
      try {
        const chain = await call('audit:verify', {});
        set((s) => applyChainChecked(s, chain));
      } catch (error) {
        set((s) => applyChainFailed(s, error));
      }
    },
    async exportLog(format) {
      const file = await call('audit:export', { format });
      downloadFile(file.fileName, base64ToBytes(file.base64), format === 'jsonl' ? 'application/x-ndjson' : XLSX_TYPE);
      // The export is itself audited: show its row.
      void read();
      return file;
    },
  };
});
