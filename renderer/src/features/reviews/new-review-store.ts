import { create } from 'zustand';
import type { ProgramSummary } from '../../../../shared/domain/program-summary.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import { call } from '../../api/client.ts';
import { draftFromProgram, editCategory, editOrganisation, emptyNewReview, newReviewInput, type NewReviewDraft } from './new-review-state.ts';

/** The 新建评审 dialog's store: the library's programs, the draft, and creating the review. */
export interface NewReviewStore {
  readonly open: boolean;
  readonly programs: readonly ProgramSummary[];
  readonly draft: NewReviewDraft;
  /** Why the review cannot be created yet: a check of the form (text) or a failed call (as thrown), shown through errorText; null when none. */
  readonly problem: unknown;
  readonly busy: boolean;
  start(): Promise<void>;
  close(): void;
  setTitle(title: string): void;
  setDeadline(deadline: string): void;
  setOrganisation(organisation: string): void;
  chooseProgram(programId: string): Promise<void>;
  editCategory(id: string, change: { selected?: boolean; quota?: number | null }): void;
  /** Creates the review; resolves to it, or null when refused (the reason is in `problem`). */
  create(): Promise<ReviewDetail | null>;
}


/** The 新建评审 dialog's store. */
export const useNewReview = create<NewReviewStore>()((set, get) => ({
  open: false,
  programs: [],
  draft: emptyNewReview,
  problem: null,
  busy: false,
  async start() {
    set({ open: true, draft: emptyNewReview, problem: null, busy: false });
    try {
      set({ programs: await call('programs:list', {}) });
    } catch (error) {
      set({ problem: error });
    }
  },
  close() {
    set({ open: false });
  },
  setTitle(title) {
    set((s) => ({ draft: { ...s.draft, title }, problem: null }));
  },
  setDeadline(deadline) {
    set((s) => ({ draft: { ...s.draft, deadline }, problem: null }));
  },
  setOrganisation(organisation) {
    set((s) => ({ draft: editOrganisation(s.draft, organisation), problem: null }));
  },
  async chooseProgram(programId) {
    try {
      const { program } = await call('programs:get', { programId });
      set((s) => ({ draft: draftFromProgram(s.draft, program), problem: null }));
    } catch (error) {
      set({ problem: error });
    }
  },
  editCategory(id, change) {
    set((s) => ({ draft: editCategory(s.draft, id, change), problem: null }));
  },
  async create() {
    const checked = newReviewInput(get().draft);
    if (!checked.ok) {
      set({ problem: checked.problem });
      return null;
    }
    set({ busy: true });
    try {
      const review = await call('reviews:create', checked.input);
      set({ open: false, busy: false });
      return review;
    } catch (error) {
      set({ busy: false, problem: error });
      return null;
    }
  },
}));
