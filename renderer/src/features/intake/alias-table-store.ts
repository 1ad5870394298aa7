import { create } from 'zustand';
import { call } from '../../api/client.ts';
import {
  aliasesToSave, aliasProblem, applyAliasAdded, applyAliasChanged, applyAliasesFailed, applyAliasesLoaded, applyAliasesOpening, applyAliasProblem, applyAliasRemoved, closedAliasTable,
  type AliasRow, type AliasTableState,
} from './alias-table-state.ts';

/** The alias dialog's store: thin actions that call the API, then apply a pure transition. */
export interface AliasTableStore extends AliasTableState {
  /** Opens the dialog on a review's table. */
  open(reviewId: string): Promise<void>;
  close(): void;
  add(): void;
  change(index: number, change: Partial<AliasRow>): void;
  remove(index: number): void;
  /** Saves the whole table; resolves true when stored (the dialog closes), false when refused (the reason shows). */
  save(reviewId: string): Promise<boolean>;
}

/** The alias dialog's store. */
export const useAliasTable = create<AliasTableStore>()((set, get) => ({
  ...closedAliasTable,
  async open(reviewId) {
    set(applyAliasesOpening());
    try {
      const rows = await call('intake:aliases', { reviewId });
      set((s) => applyAliasesLoaded(s, rows));
    } catch (error) {
      set((s) => applyAliasesFailed(s, error));
    }
  },
  close: () => set(closedAliasTable),
  add: () => set((s) => applyAliasAdded(s)),
  change: (index, change) => set((s) => applyAliasChanged(s, index, change)),
  remove: (index) => set((s) => applyAliasRemoved(s, index)),
  async save(reviewId) {
    const { rows } = get();
    const problem = aliasProblem(rows);
    if (problem !== null) {
      set((s) => applyAliasProblem(s, problem));
      return false;
    }
    set({ phase: 'saving' });
    try {
      await call('intake:save-aliases', { reviewId, aliases: aliasesToSave(rows) });
      set(closedAliasTable);
      return true;
    } catch (error) {
      set((s) => applyAliasesFailed(s, error));
      return false;
    }
  },
}));
