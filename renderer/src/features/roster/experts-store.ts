import { create } from 'zustand';
import type { RosterExpert } from '../../../../shared/domain/trust-views.ts';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import { call } from '../../api/client.ts';
import { fileToBase64 } from '../../api/file-transfer.ts';
import {
  applyBuilding, applyCard, applyExpertsFailed, applyExpertsLoaded, applyExpertsOpening, applyIssued, applyRoster, initialExpertsState, type ExpertsState,
} from './experts-state.ts';

/** What the expert form edits. */
export interface ExpertValues {
  readonly name: string;
  readonly organisation: string;
}

/**
 * The experts screen's store: thin actions that call the API, then apply a pure transition. An
 * action that fails rejects with the failure, for the screen to show (a toast); loading keeps it in state.
 */
export interface ExpertsStore extends ExpertsState {
  open(reviewId: string): Promise<void>;
  /** Adds an expert (`expertId` null) or edits one. */
  save(expertId: string | null, values: ExpertValues): Promise<void>;
  remove(expertId: string): Promise<void>;
  /** Reads a key card file and asks the services what it holds, for the coordinator to compare; `expert` null adds a new expert. */
  readCard(file: File, expert: RosterExpert | null): Promise<void>;
  /** Enrols the key of the card being compared (its fingerprint as shown). */
  confirmCard(): Promise<void>;
  cancelCard(): void;
  assign(expertId: string, submissionIds: string[]): Promise<void>;
  /** Records a known 回避 (with its reason), or withdraws it (`reason` null). */
  conflict(expertId: string, submissionId: string, reason: string | null): Promise<void>;
  /** Starts building a signed package for one expert or (null) the whole panel; the signing key must be open. */
  build(forExpertId: string | null, title: string): Promise<void>;
  /** Closes the build dialog; a built package shows among the issued. */
  closeBuild(built: boolean): Promise<void>;
  /** Imports a 专家名单 .xlsx (all or nothing); resolves to what it did. */
  importList(file: File): Promise<Omit<ApiOutput<'experts:import-xlsx'>, 'roster'>>;
  /** Records the conflicts the experts' organisations imply; resolves to how many were new. */
  detectConflicts(): Promise<number>;
  /** Replaces the assignments by the automatic one (`perApplication` null: every eligible expert); resolves to the shortfalls. */
  autoAssign(perApplication: number | null): Promise<ApiOutput<'experts:auto-assign'>['shortfalls']>;
}

/** The experts screen's store. */
export const useExperts = create<ExpertsStore>()((set, get) => {
  const reviewId = () => {
    const id = get().load.key;
    if (id === null) throw new Error('experts store used before open()');
    return id;
  };
  const loadIssued = async (id: string) => {
    // The issued list is a convenience beside the roster: the roster still shows when it cannot be read.
    const issued = await call('packages:issued', { reviewId: id }).catch(() => null);
    if (issued) set((s) => applyIssued(s, id, issued));
  };
  const update = async (request: (id: string) => Promise<RosterExpert[]>) => {
    const id = reviewId();
    const roster = await request(id);
    set((s) => applyRoster(s, id, roster));
  };
  return {
    ...initialExpertsState,
    async open(id) {
      set(applyExpertsOpening(id));
      void loadIssued(id);
      try {
        const [review, roster] = await Promise.all([call('reviews:get', { reviewId: id }), call('experts:list', { reviewId: id })]);
        set((s) => applyExpertsLoaded(s, id, review, roster));
      } catch (error) {
        set((s) => applyExpertsFailed(s, id, error));
      }
    },
    save: (expertId, values) => update((id) => call('experts:save', { reviewId: id, expertId, ...values })),
    remove: (expertId) => update((id) => call('experts:remove', { reviewId: id, expertId })),
    async readCard(file, expert) {
      const text = await file.text();
      const info = await call('keycards:inspect', { text });
      set((s) => applyCard(s, { info, text, expert }));
    },
    async confirmCard() {
      const card = get().card;
      if (!card) return;
      set((s) => applyCard(s, null));
      await update((id) => call('experts:enroll', { reviewId: id, expertId: card.expert?.id ?? null, text: card.text, fingerprint: card.info.fingerprint }));
    },
    cancelCard() {
      set((s) => applyCard(s, null));
    },
    assign: (expertId, submissionIds) => update((id) => call('experts:assign', { reviewId: id, expertId, submissionIds })),
    conflict: (expertId, submissionId, reason) => update((id) => call('experts:conflict', { reviewId: id, expertId, submissionId, reason })),
    async build(forExpertId, title) {
      const started = await call('packages:build', { reviewId: reviewId(), forExpertId });
      set((s) => applyBuilding(s, { started, title }));
    },
    async closeBuild(built) {
      set((s) => applyBuilding(s, null));
      if (built) await loadIssued(reviewId());
    },
    async importList(file) {
      const id = reviewId();
      const { roster, ...report } = await call('experts:import-xlsx', { reviewId: id, fileName: file.name, base64: await fileToBase64(file) });
      set((s) => applyRoster(s, id, roster));
      return report;
    },
    async detectConflicts() {
      const id = reviewId();
      const { roster, detected } = await call('experts:detect-conflicts', { reviewId: id });
      set((s) => applyRoster(s, id, roster));
      return detected;
    },
    async autoAssign(perApplication) {
      const id = reviewId();
      const { roster, shortfalls } = await call('experts:auto-assign', { reviewId: id, perApplication });
      set((s) => applyRoster(s, id, roster));
      return shortfalls;
    },
  };
});
