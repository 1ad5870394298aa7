import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import { factEditIssues } from '../../../../shared/programs/check-fact-edit.ts';
import type { ValidationIssue } from '../../../../shared/programs/validation-issue.ts';

/** What the editor has selected in the rubric tree. */
export type NodeRef =
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'criterion'; readonly criterionId: string }
  | { readonly kind: 'rubric' };

/** Where the draft stands against the database. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** The rubric editor's state; changed only through the pure functions below. */
export interface ProgramEditorState {
  readonly phase: 'idle' | 'loading' | 'ready' | 'failed';
  /** The failure as thrown (shown through errorText), or null. */
  readonly error: unknown;
  readonly summary: ApiOutput<'programs:get'>['summary'] | null;
  readonly versions: readonly number[];
  readonly draft: Program | null;
  /** Earlier drafts, newest last (undo); drafts undone, newest last (redo). */
  readonly past: readonly Program[];
  readonly future: readonly Program[];
  /** The last edit's field key and time: edits of one field in quick succession undo as one. */
  readonly lastEdit: { readonly key: string; readonly at: number } | null;
  readonly rubricId: string | null;
  readonly selected: NodeRef | null;
  readonly save: SaveStatus;
  /** The failure as thrown (shown through errorText), or null. */
  readonly saveError: unknown;
  /** Set when a save made a new version because a review uses the old one (shown once). */
  readonly notice: { readonly kind: 'new-version'; readonly version: number } | null;
  /** The last fact edit refused as invalid: its field key and why (the draft kept its old value). */
  readonly refused: { readonly key: string; readonly issues: readonly ValidationIssue[] } | null;
}

/** How long successive edits of the same field merge into one undo step. */
export const coalesceMs = 1500;

/** The state before a program is opened. */
export const initialEditorState: ProgramEditorState = {
  phase: 'idle', error: null, summary: null, versions: [], draft: null, past: [], future: [], lastEdit: null,
  rubricId: null, selected: null, save: 'saved', saveError: null, notice: null, refused: null,
};

/** A program was loaded: start a fresh history on its first rubric. */
export function applyLoaded(_state: ProgramEditorState, detail: ApiOutput<'programs:get'>): ProgramEditorState {
  return {
    ...initialEditorState,
    phase: 'ready',
    summary: detail.summary,
    versions: detail.versions,
    draft: detail.program,
    rubricId: detail.program.rubrics[0]?.id ?? null,
    selected: { kind: 'rubric' },
  };
}

/** Loading failed. */
export function applyLoadFailed(state: ProgramEditorState, error: unknown): ProgramEditorState {
  return { ...state, phase: 'failed', error };
}

/** An edit: the new draft becomes current, the old one goes on the undo stack (unless merged). */
export function applyEdit(state: ProgramEditorState, next: Program, key: string, now: number): ProgramEditorState {
  if (!state.draft || next === state.draft) return state;
  const merge = state.lastEdit !== null && state.lastEdit.key === key && now - state.lastEdit.at < coalesceMs && state.past.length > 0;
  return {
    ...state,
    draft: next,
    past: merge ? state.past : [...state.past, state.draft],
    future: [],
    lastEdit: { key, at: now },
    save: 'pending',
    notice: null,
    refused: null,
  };
}

/**
 * A checked edit (the program's facts): applied like any edit when the result is valid against
 * the program's schema and validateProgram, otherwise refused with the reasons and not applied,
 * so the draft (and what autosave sends) stays valid.
 */
export function applyCheckedEdit(state: ProgramEditorState, next: Program, key: string, now: number): ProgramEditorState {
  if (!state.draft || next === state.draft) return state;
  const issues = factEditIssues(state.draft, next);
  if (issues.length > 0) return { ...state, refused: { key, issues } };
  return applyEdit(state, next, key, now);
}

/** Undo the last edit. */
export function applyUndo(state: ProgramEditorState): ProgramEditorState {
  const previous = state.past.at(-1);
  if (!previous || !state.draft) return state;
  return { ...state, draft: previous, past: state.past.slice(0, -1), future: [...state.future, state.draft], lastEdit: null, save: 'pending', refused: null };
}

/** Redo the last undone edit. */
export function applyRedo(state: ProgramEditorState): ProgramEditorState {
  const next = state.future.at(-1);
  if (!next || !state.draft) return state;
  return { ...state, draft: next, future: state.future.slice(0, -1), past: [...state.past, state.draft], lastEdit: null, save: 'pending', refused: null };
}

/** Selects a rubric of the program (and its root node). */
export function applyRubricSelected(state: ProgramEditorState, rubricId: string): ProgramEditorState {
  return { ...state, rubricId, selected: { kind: 'rubric' } };
}

/** Selects a node of the rubric tree. */
export function applySelected(state: ProgramEditorState, selected: NodeRef | null): ProgramEditorState {
  return { ...state, selected };
}

/** A save started. */
export function applySaving(state: ProgramEditorState): ProgramEditorState {
  return { ...state, save: 'saving', saveError: null };
}

/**
 * A save finished. If the server made a new version (a review uses the old one), every draft in
 * the history takes that version, so the next save or an undo does not resend a stale one.
 */
export function applySaved(state: ProgramEditorState, detail: ApiOutput<'programs:save'>, sent: Program): ProgramEditorState {
  const version = detail.program.version;
  const bumped = version !== sent.version;
  const withVersion = (p: Program): Program => (p.version === version ? p : { ...p, version });
  const unchanged = state.draft === sent;
  return {
    ...state,
    summary: detail.summary,
    versions: detail.versions,
    draft: state.draft && (unchanged ? detail.program : withVersion(state.draft)),
    past: state.past.map(withVersion),
    future: state.future.map(withVersion),
    save: unchanged ? 'saved' : 'pending',
    notice: bumped ? { kind: 'new-version', version } : state.notice,
  };
}

/** A save failed: the draft stays, marked unsaved, with the reason. */
export function applySaveFailed(state: ProgramEditorState, error: unknown): ProgramEditorState {
  return { ...state, save: 'failed', saveError: error };
}
