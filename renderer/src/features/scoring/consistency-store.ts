import { create } from 'zustand';
import { call } from '../../api/client.ts';
import { applyConsistency, applyConsistencyFailed, applyConsistencyLoading, initialConsistencyState, type ConsistencyState } from './consistency-state.ts';

/** The consistency screen's store: thin actions that call the API, then apply a pure transition. */
export interface ConsistencyStore extends ConsistencyState {
  open(reviewId: string): Promise<void>;
}

/** The consistency screen's store. */
export const useConsistency = create<ConsistencyStore>()((set) => ({
  ...initialConsistencyState,
  async open(reviewId) {
    set((s) => applyConsistencyLoading(s, reviewId));
    try {
      const report = await call('scoring:consistency', { reviewId });
      set((s) => applyConsistency(s, reviewId, report));
    } catch (error) {
      set((s) => applyConsistencyFailed(s, reviewId, error));
    }
  },
}));
