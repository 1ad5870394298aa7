import { create } from 'zustand';
import type { ScoringEdit } from '../../../../shared/domain/scoring.ts';
import { call } from '../../api/client.ts';
import {
  applyEditFailed, applyEditSaved, applyLocalEdit, applyPageVisited, applyReviewLoaded, applyScoringReloaded, applySignedVersion, applySubmissionLoaded,
  initialWorkspaceState, scoringLock, takeRedo, takeUndo, type SubmissionFilter, type WorkspaceState,
} from './workspace-state.ts';

/** The expert workspace store: thin actions over the pure transitions; every edit is sent at once. */
export interface WorkspaceStore extends WorkspaceState {
  /** Opens a review at one of its submissions (the first where none is given or it is not there). */
  open(reviewId: string, submissionId?: string | null): Promise<void>;
  selectSubmission(submissionId: string): Promise<void>;
  edit(edit: ScoringEdit): void;
  undoEdit(): void;
  redoEdit(): void;
  focusCriterion(criterionId: string | null): void;
  showDocument(documentId: string): void;
  setFilter(filter: Partial<SubmissionFilter>): void;
  cite(criterionId: string, documentId: string, page: number, quote: string): Promise<void>;
  uncite(evidenceId: number): Promise<void>;
  declareConflict(reason: string | null): Promise<void>;
  visit(documentId: string, page: number): void;
  /** Opens the signed sheet for amending (修改并重新签名): scoring unlocks; the next signing makes version N+1. */
  amendSheet(): Promise<void>;
}


const visited = new Set<string>();

/** The version whose signature locks scoring, from the sheet status. */
function signedVersionOf(status: { locked: boolean; versions: readonly { version: number }[] }): number | null {
  return status.locked ? (status.versions.at(-1)?.version ?? null) : null;
}

/** The expert workspace store. */
export const useWorkspace = create<WorkspaceStore>()((set, get) => {
  /** Sends one edit; the service commits it durably before answering. */
  const send = (submissionId: string, edit: ScoringEdit) => {
    const reviewId = get().review?.id;
    if (!reviewId) return;
    call('scoring:edit', { reviewId, submissionId, edit }).then(
      () => set((s) => applyEditSaved(s)),
      async (error: unknown) => {
        set((s) => applyEditFailed(s, error));
        // What is on disk wins: reload so the screen (the list row too) never shows an unsaved value.
        const [scoring, overview, sheet] = await Promise.all([
          call('scoring:get', { reviewId, submissionId }),
          call('scoring:overview', { reviewId }),
          call('sheets:status', { reviewId }),
        ]);
        set((s) => applySignedVersion(applyScoringReloaded(s, scoring, overview), signedVersionOf(sheet)));
      },
    );
  };
  return {
    ...initialWorkspaceState,
    async open(reviewId, submissionId) {
      set({ ...initialWorkspaceState, phase: 'loading' });
      try {
        const [review, program, overview, sheet] = await Promise.all([
          call('reviews:get', { reviewId }),
          call('scoring:program', { reviewId }),
          call('scoring:overview', { reviewId }),
          call('sheets:status', { reviewId }),
        ]);
        set((s) => applyReviewLoaded(s, { review, program, overview, signedVersion: signedVersionOf(sheet) }));
        const first = review.submissions.find((s) => s.id === submissionId) ?? review.submissions[0];
        if (first) await get().selectSubmission(first.id);
      } catch (error) {
        set({ phase: 'failed', error: error });
      }
    },
    async selectSubmission(submissionId) {
      const reviewId = get().review?.id;
      if (!reviewId) return;
      try {
        const [scoring, documents] = await Promise.all([
          call('scoring:get', { reviewId, submissionId }),
          call('submissions:documents', { reviewId, submissionId }),
        ]);
        set((s) => applySubmissionLoaded(s, scoring, documents));
      } catch (error) {
        set({ saveError: error });
      }
    },
    edit(edit) {
      const submissionId = get().submissionId;
      if (!submissionId || scoringLock(get())) return;
      set((s) => applyLocalEdit(s, edit, Date.now()));
      send(submissionId, edit);
    },
    undoEdit() {
      const taken = takeUndo(get());
      if (!taken || !get().submissionId) return;
      set(() => applyLocalEdit(taken.state, taken.edit, Date.now(), false));
      send(get().submissionId as string, taken.edit);
    },
    redoEdit() {
      const taken = takeRedo(get());
      if (!taken || !get().submissionId) return;
      set(() => applyLocalEdit(taken.state, taken.edit, Date.now(), false));
      send(get().submissionId as string, taken.edit);
    },
    focusCriterion(criterionId) {
      set({ focusedCriterionId: criterionId });
    },
    showDocument(documentId) {
      set({ activeDocumentId: documentId });
    },
    setFilter(filter) {
      set((s) => ({ filter: { ...s.filter, ...filter } }));
    },
    async cite(criterionId, documentId, page, quote) {
      const { review, submissionId, scoring } = get();
      if (!review || !submissionId || !scoring || scoringLock(get())) return;
      try {
        const evidence = await call('scoring:cite', { reviewId: review.id, submissionId, criterionId, documentId, page, quote: quote.slice(0, 2000) });
        set((s) => (s.scoring?.submissionId === submissionId ? { scoring: { ...s.scoring, evidence: [...s.scoring.evidence, evidence] } } : {}));
      } catch (error) {
        set({ saveError: error });
      }
    },
    async uncite(evidenceId) {
      const { review, submissionId } = get();
      if (!review || !submissionId || scoringLock(get())) return;
      try {
        await call('scoring:uncite', { reviewId: review.id, submissionId, evidenceId });
        set((s) => (s.scoring ? { scoring: { ...s.scoring, evidence: s.scoring.evidence.filter((e) => e.id !== evidenceId) } } : {}));
      } catch (error) {
        set({ saveError: error });
      }
    },
    async declareConflict(reason) {
      const { review, submissionId, signedVersion } = get();
      if (!review || !submissionId || signedVersion !== null) return;
      try {
        const scoring = await call('scoring:conflict', { reviewId: review.id, submissionId, reason });
        const overview = await call('scoring:overview', { reviewId: review.id });
        set({ scoring, overview });
      } catch (error) {
        set({ saveError: error });
      }
    },
    async amendSheet() {
      const reviewId = get().review?.id;
      if (!reviewId) return;
      try {
        const status = await call('sheets:amend', { reviewId });
        set((s) => applySignedVersion(s, signedVersionOf(status)));
      } catch (error) {
        set({ saveError: error });
      }
    },
    visit(documentId, page) {
      const { review, submissionId } = get();
      const key = `${review?.id}/${submissionId}/${documentId}/${page}`;
      if (!review || !submissionId || visited.has(key)) return;
      visited.add(key);
      set((s) => applyPageVisited(s, documentId, page));
      void call('scoring:visit', { reviewId: review.id, submissionId, documentId, page }).catch(() => visited.delete(key));
    },
  };
});
