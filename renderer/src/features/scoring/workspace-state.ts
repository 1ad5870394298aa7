import type { Program } from '../../../../shared/domain/program.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { Criterion, Rubric } from '../../../../shared/domain/rubric.ts';
import type { SubmissionDocument } from '../../../../shared/domain/document.ts';
import type { ScoringEdit, ScoringOverviewRow, SubmissionScoring } from '../../../../shared/domain/scoring.ts';
import { applyScoringEdit, inverseScoringEdit, scoringEditTarget } from '../../../../shared/scoring/apply-scoring-edit.ts';
import { summarizeScoring } from '../../../../shared/scoring/scoring-status.ts';

/** One undoable edit: what was done to which submission, and the edit that takes it back. */
export interface EditRecord {
  readonly submissionId: string;
  readonly edit: ScoringEdit;
  readonly inverse: ScoringEdit;
  readonly at: number;
}

/** How the list orders the submissions within each field. */
export type SubmissionSort = 'order' | 'total-desc' | 'total-asc' | 'status' | 'applicant';

/** The list filter: free text over applicant, title and partners, a status, and the order. */
export interface SubmissionFilter {
  readonly text: string;
  readonly status: ScoringOverviewRow['status'] | 'all';
  readonly sort: SubmissionSort;
}

/** The expert workspace's state; changed only through the pure functions below. */
export interface WorkspaceState {
  readonly phase: 'idle' | 'loading' | 'ready' | 'failed';
  /** The failure as thrown (shown through errorText), or null. */
  readonly error: unknown;
  readonly review: ReviewDetail | null;
  readonly program: Program | null;
  readonly overview: readonly ScoringOverviewRow[];
  readonly submissionId: string | null;
  readonly scoring: SubmissionScoring | null;
  readonly documents: readonly SubmissionDocument[];
  readonly activeDocumentId: string | null;
  readonly focusedCriterionId: string | null;
  readonly undo: readonly EditRecord[];
  readonly redo: readonly EditRecord[];
  /** Edits sent and not yet acknowledged; 0 means everything typed is on disk. */
  readonly pending: number;
  /** The failure as thrown (shown through errorText), or null. */
  readonly saveError: unknown;
  readonly filter: SubmissionFilter;
  /** The signed version that locks scoring (newest sheet signed, not opened for amending), or null. */
  readonly signedVersion: number | null;
}

/** Comment edits of one criterion this close together undo as one step. */
export const mergeWindowMs = 2000;

/** The state before a review is opened. */
export const initialWorkspaceState: WorkspaceState = {
  phase: 'idle', error: null, review: null, program: null, overview: [], submissionId: null, scoring: null, documents: [],
  activeDocumentId: null, focusedCriterionId: null, undo: [], redo: [], pending: 0, saveError: null, filter: { text: '', status: 'all', sort: 'order' },
  signedVersion: null,
};

/** Why the open submission cannot be edited: a signed sheet (every submission) or a declared conflict (this one), or null. */
export function scoringLock(state: Pick<WorkspaceState, 'signedVersion' | 'scoring'>): { readonly kind: 'signed'; readonly version: number } | { readonly kind: 'conflict'; readonly reason: string } | null {
  if (state.signedVersion !== null) return { kind: 'signed', version: state.signedVersion };
  if (state.scoring?.conflict) return { kind: 'conflict', reason: state.scoring.conflict.reason };
  return null;
}

/** The rubric a submission of the open review is scored with. */
export function rubricOf(state: Pick<WorkspaceState, 'program' | 'review'>, submissionId: string): Rubric | null {
  const fieldId = state.review?.submissions.find((s) => s.id === submissionId)?.fieldId;
  const category = state.program?.categories.find((c) => c.id === fieldId);
  return state.program?.rubrics.find((r) => r.id === category?.rubricId) ?? null;
}

/** A review was opened: its program and the expert's list. */
export function applyReviewLoaded(
  _state: WorkspaceState,
  loaded: { review: ReviewDetail; program: Program; overview: ScoringOverviewRow[]; signedVersion: number | null },
): WorkspaceState {
  return { ...initialWorkspaceState, phase: 'ready', ...loaded };
}

/** The signed sheet was opened for amending (or signed again): scoring unlocks (or locks). */
export function applySignedVersion(state: WorkspaceState, signedVersion: number | null): WorkspaceState {
  return { ...state, signedVersion, undo: signedVersion === null ? state.undo : [], redo: signedVersion === null ? state.redo : [] };
}

/** A submission was opened: its scoring and documents; the first document is shown. */
export function applySubmissionLoaded(state: WorkspaceState, scoring: SubmissionScoring, documents: SubmissionDocument[]): WorkspaceState {
  return {
    ...state,
    submissionId: scoring.submissionId,
    scoring,
    documents,
    activeDocumentId: documents[0]?.id ?? null,
    focusedCriterionId: null,
    saveError: null,
  };
}

function withOverviewRow(state: WorkspaceState, scoring: SubmissionScoring): readonly ScoringOverviewRow[] {
  const rubric = rubricOf(state, scoring.submissionId);
  if (!rubric) return state.overview;
  const row = summarizeScoring(rubric, scoring, state.documents.map((d) => d.id));
  return state.overview.map((r) => (r.submissionId === row.submissionId ? row : r));
}

/**
 * An edit of the open submission, shown at once. It goes on the undo stack unless it is a
 * quick continuation of the same field (typing a comment), which keeps the first inverse.
 */
export function applyLocalEdit(state: WorkspaceState, edit: ScoringEdit, now: number, record = true): WorkspaceState {
  const scoring = state.scoring;
  // A locked submission shows nothing it would not save.
  if (!scoring || scoringLock(state)) return state;
  const next = applyScoringEdit(scoring, edit);
  const last = state.undo.at(-1);
  const merge = last !== undefined && last.submissionId === scoring.submissionId && scoringEditTarget(last.edit) === scoringEditTarget(edit) && now - last.at < mergeWindowMs;
  const undo = !record
    ? state.undo
    : merge
      ? [...state.undo.slice(0, -1), { ...last, edit, at: now }]
      : [...state.undo, { submissionId: scoring.submissionId, edit, inverse: inverseScoringEdit(scoring, edit), at: now }];
  return { ...state, scoring: next, overview: withOverviewRow(state, next), undo, redo: record ? [] : state.redo, pending: state.pending + 1 };
}

/** The expert came to a page of a document of the open submission: it counts as read, in the list too. */
export function applyPageVisited(state: WorkspaceState, documentId: string, page: number): WorkspaceState {
  const scoring = state.scoring;
  const seen = scoring?.visitedPages[documentId] ?? [];
  if (!scoring || seen.includes(page)) return state;
  const next = { ...scoring, visitedPages: { ...scoring.visitedPages, [documentId]: [...seen, page] } };
  return { ...state, scoring: next, overview: withOverviewRow(state, next) };
}

/** Moves the last undo record to the redo stack; returns the edit to send, or null. */
export function takeUndo(state: WorkspaceState): { state: WorkspaceState; edit: ScoringEdit } | null {
  const last = state.undo.at(-1);
  if (!last || last.submissionId !== state.submissionId || scoringLock(state)) return null;
  return { state: { ...state, undo: state.undo.slice(0, -1), redo: [...state.redo, last] }, edit: last.inverse };
}

/** Moves the last redo record back to the undo stack; returns the edit to send, or null. */
export function takeRedo(state: WorkspaceState): { state: WorkspaceState; edit: ScoringEdit } | null {
  const last = state.redo.at(-1);
  if (!last || last.submissionId !== state.submissionId || scoringLock(state)) return null;
  return { state: { ...state, redo: state.redo.slice(0, -1), undo: [...state.undo, last] }, edit: last.edit };
}

/** The service acknowledged an edit. */
export function applyEditSaved(state: WorkspaceState): WorkspaceState {
  return { ...state, pending: Math.max(0, state.pending - 1) };
}

/** The service refused or failed an edit: show why (the store then reloads the submission from disk). */
export function applyEditFailed(state: WorkspaceState, error: unknown): WorkspaceState {
  return { ...state, pending: Math.max(0, state.pending - 1), saveError: error };
}

/**
 * What is stored, read again after a refused edit: the list (every row) and, where it is still
 * open, the submission; the rubric, the total and the list row show it, so a refused value is
 * left nowhere on screen.
 */
export function applyScoringReloaded(state: WorkspaceState, scoring: SubmissionScoring, overview: readonly ScoringOverviewRow[]): WorkspaceState {
  return { ...state, scoring: state.scoring?.submissionId === scoring.submissionId ? scoring : state.scoring, overview };
}

// Work still to do first, then done, then recused: the order an expert works through the list.
const statusOrder: Readonly<Record<ScoringOverviewRow['status'], number>> = { 'in-progress': 0, 'not-started': 1, complete: 2, conflict: 3 };
const byApplicant = new Intl.Collator('zh-CN');

/**
 * The submissions shown in the list, after the filter, grouped by field in the review's order and
 * sorted within each field; ↑/↓ move through them in this order. Ties keep the review's order.
 */
export function visibleSubmissions(state: Pick<WorkspaceState, 'review' | 'overview' | 'filter'>): ReviewDetail['submissions'] {
  const text = state.filter.text.trim().toLowerCase();
  const row = (id: string) => state.overview.find((r) => r.submissionId === id);
  const shown = (state.review?.submissions ?? []).filter((s) => {
    if (text && !`${s.applicant} ${s.title} ${s.partners.join(' ')}`.toLowerCase().includes(text)) return false;
    if (state.filter.status === 'all') return true;
    return row(s.id)?.status === state.filter.status;
  });
  const compare = (a: ReviewDetail['submissions'][number], b: ReviewDetail['submissions'][number]): number => {
    switch (state.filter.sort) {
      case 'order':
        return 0;
      case 'total-desc':
        return (row(b.id)?.total ?? 0) - (row(a.id)?.total ?? 0);
      case 'total-asc':
        return (row(a.id)?.total ?? 0) - (row(b.id)?.total ?? 0);
      case 'status':
        return statusOrder[row(a.id)?.status ?? 'not-started'] - statusOrder[row(b.id)?.status ?? 'not-started'];
      case 'applicant':
        return byApplicant.compare(a.applicant, b.applicant);
    }
  };
  const fieldIndex = new Map((state.review?.fields ?? []).map((f, i) => [f.id, i]));
  return shown
    .map((s, index) => ({ s, index }))
    .sort((x, y) => (fieldIndex.get(x.s.fieldId) ?? 0) - (fieldIndex.get(y.s.fieldId) ?? 0) || compare(x.s, y.s) || x.index - y.index)
    .map(({ s }) => s);
}

/** The criterion the expert is scoring (focused in the form), or null. */
export function focusedCriterion(state: Pick<WorkspaceState, 'program' | 'review' | 'submissionId' | 'focusedCriterionId'>): Criterion | null {
  if (!state.submissionId || !state.focusedCriterionId) return null;
  const rubric = rubricOf(state, state.submissionId);
  return rubric?.sections.flatMap((s) => s.criteria).find((c) => c.id === state.focusedCriterionId) ?? null;
}
