import type { FormalCheckRuleId } from '../../../../shared/domain/formal-check-rules.ts';
import type { CheckedRule, CheckOutcome, FormalCheckView, MaterialConclusion } from '../../../../shared/domain/formal-check-view.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';

/** What the coordinator is editing: an override of one rule's result, or an application's 材料审核 conclusion. */
export type FormalCheckEdit =
  | { readonly kind: 'override'; readonly submissionId: string; readonly rule: FormalCheckRuleId; readonly result: CheckOutcome; readonly reason: string }
  | { readonly kind: 'conclude'; readonly submissionId: string; readonly conclusion: MaterialConclusion; readonly reason: string };

/** The 形式审查 screen's state; changed only through the pure `apply…` functions below. */
export interface FormalCheckState {
  readonly reviewId: string | null;
  readonly phase: 'idle' | 'loading' | 'ready' | 'failed';
  readonly view: FormalCheckView | null;
  /** The review checked: its title, 文号, deadline and field names, for the screen and the printed 结果表. */
  readonly review: ReviewDetail | null;
  /** Why the review could not be read (the screen still shows the check; the printed 结果表 cannot be made without it). */
  readonly reviewError: string | null;
  readonly error: string | null;
  /** A call in flight (run, override, conclude, export): the buttons wait for it. */
  readonly busy: boolean;
  readonly edit: FormalCheckEdit | null;
}

/** Nothing loaded. */
export const initialFormalCheckState: FormalCheckState = { reviewId: null, phase: 'idle', view: null, review: null, reviewError: null, error: null, busy: false, edit: null };

/** Loading a review's formal check. */
export function applyCheckOpening(reviewId: string): FormalCheckState {
  return { ...initialFormalCheckState, reviewId, phase: 'loading' };
}

/** A call started. */
export function applyCheckBusy(state: FormalCheckState): FormalCheckState {
  return { ...state, busy: true, error: null };
}

/** The services answered with the check as it now is; an edit they took is closed. */
export function applyCheckLoaded(state: FormalCheckState, view: FormalCheckView): FormalCheckState {
  return { ...state, phase: 'ready', view, error: null, busy: false, edit: null };
}

/** The review checked was read. */
export function applyCheckReview(state: FormalCheckState, review: ReviewDetail): FormalCheckState {
  return { ...state, review, reviewError: null };
}

/** The review checked could not be read: kept apart from the check's own state, so a later answer does not hide it. */
export function applyCheckReviewFailed(state: FormalCheckState, message: string): FormalCheckState {
  return { ...state, reviewError: message };
}

/** A field's name in the review, or its id where the review is not read yet. */
export function fieldName(state: FormalCheckState, fieldId: string): string {
  return state.review?.fields.find((f) => f.id === fieldId)?.name ?? fieldId;
}

/** A call failed: before anything was shown, the screen fails; after, the message shows and an open edit stays open to fix. */
export function applyCheckFailed(state: FormalCheckState, message: string): FormalCheckState {
  return state.view ? { ...state, busy: false, error: message } : { ...state, phase: 'failed', busy: false, error: message };
}

/** Opens the override of a rule's result, starting from what counts now and the current override's reason. */
export function applyOverrideOpened(state: FormalCheckState, submissionId: string, rule: CheckedRule): FormalCheckState {
  return { ...state, error: null, edit: { kind: 'override', submissionId, rule: rule.rule, result: rule.effective, reason: rule.override?.reason ?? '' } };
}

/** Opens an application's 材料审核 conclusion, starting from the one recorded (通过 when none). */
export function applyConclusionOpened(state: FormalCheckState, submissionId: string): FormalCheckState {
  const recorded = state.view?.applications.find((a) => a.submissionId === submissionId)?.conclusion;
  return { ...state, error: null, edit: { kind: 'conclude', submissionId, conclusion: recorded?.conclusion ?? 'pass', reason: recorded?.reason ?? '' } };
}

/** Changes the open edit (result, conclusion or reason). */
export function applyEditChanged(state: FormalCheckState, change: Partial<{ result: CheckOutcome; conclusion: MaterialConclusion; reason: string }>): FormalCheckState {
  const { edit } = state;
  if (!edit) return state;
  if (edit.kind === 'override') return { ...state, edit: { ...edit, ...(change.result ? { result: change.result } : {}), ...(change.reason !== undefined ? { reason: change.reason } : {}) } };
  return { ...state, edit: { ...edit, ...(change.conclusion ? { conclusion: change.conclusion } : {}), ...(change.reason !== undefined ? { reason: change.reason } : {}) } };
}

/** Closes the edit without sending it. */
export function applyEditClosed(state: FormalCheckState): FormalCheckState {
  return { ...state, edit: null, error: null };
}

/** Whether the open edit may be sent: an override always needs a reason, a conclusion other than 通过 too. */
export function canSendEdit(edit: FormalCheckEdit | null): boolean {
  if (!edit) return false;
  if (edit.kind === 'override') return edit.reason.trim() !== '';
  return edit.conclusion === 'pass' || edit.reason.trim() !== '';
}

