import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { Settings } from '../../../../shared/domain/settings.ts';
import type { ReviewDetail, ReviewSummary } from '../../../../shared/domain/review.ts';

/** Which screen is shown. */
export type Screen =
  | { readonly kind: 'home' }
  | { readonly kind: 'review'; readonly reviewId: string }
  | { readonly kind: 'programs' }
  | { readonly kind: 'program'; readonly programId: string }
  | { readonly kind: 'workspace'; readonly reviewId: string; readonly submissionId?: string }
  | { readonly kind: 'consistency'; readonly reviewId: string }
  | { readonly kind: 'identity' }
  | { readonly kind: 'key-card-print' }
  | { readonly kind: 'experts'; readonly reviewId: string }
  | { readonly kind: 'merge'; readonly reviewId: string }
  | { readonly kind: 'formal-check'; readonly reviewId: string }
  /** The 形式审查结果表 as printed, with lines for 审查人 and 复核人. */
  | { readonly kind: 'formal-check-print'; readonly reviewId: string }
  /** One application's stored files, opened at the file and page a formal-check finding names. */
  | { readonly kind: 'materials'; readonly reviewId: string; readonly submissionId: string; readonly documentId?: string; readonly page?: number }
  | { readonly kind: 'intake'; readonly reviewId: string }
  /** The audit log: one review's rows, or (null) the whole log. */
  | { readonly kind: 'audit'; readonly reviewId: string | null }
  | { readonly kind: 'sheet-print'; readonly reviewId: string; readonly version: number }
  | { readonly kind: 'results-print'; readonly reviewId: string; readonly document: ResultsDocument };

/** The printable results of a merge: 专家评分汇总表 for signatures, 推荐名单, 公示名单, 评审意见. */
export type ResultsDocument = 'summary' | 'recommendation' | 'notice' | 'feedback';

/** Every printable result, for checking a hash. */
export const resultsDocuments: readonly ResultsDocument[] = ['summary', 'recommendation', 'notice', 'feedback'];

/** The renderer's app-wide state; changed only through the pure `apply…` functions below. */
export interface AppState {
  readonly phase: 'loading' | 'ready' | 'failed';
  /** The failure as thrown (shown through errorText), or null. */
  readonly error: unknown;
  readonly settings: Settings;
  readonly reviews: readonly ReviewSummary[];
  readonly info: ApiOutput<'app:info'> | null;
  readonly screen: Screen;
  readonly currentReview: ReviewDetail | null;
  /** Where the identity screen's back control (and Esc) returns: the screen it was opened from. */
  readonly identityReturn: Screen;
}

/** The state before anything has loaded. */
export const initialAppState: AppState = {
  phase: 'loading',
  error: null,
  settings: { locale: 'zh-CN', role: null },
  reviews: [],
  info: null,
  screen: { kind: 'home' },
  currentReview: null,
  identityReturn: { kind: 'home' },
};

/** Start-up finished: settings, reviews and versions are known, and the screen the URL named (see screen-route.ts) is shown. */
export function applyStarted(
  state: AppState,
  loaded: { settings: Settings; reviews: readonly ReviewSummary[]; info: ApiOutput<'app:info'> },
  screen: Screen = { kind: 'home' },
): AppState {
  return { ...state, phase: 'ready', error: null, ...loaded, screen, currentReview: null };
}

/** Something failed; the message (already Chinese from the API) is shown with a retry. */
export function applyFailed(state: AppState, error: unknown): AppState {
  return { ...state, phase: 'failed', error };
}

/** Preferences changed (role or language). */
export function applySettings(state: AppState, settings: Settings): AppState {
  return { ...state, settings };
}

/** A review was loaded and is shown. */
export function applyReviewOpened(state: AppState, review: ReviewDetail): AppState {
  return { ...state, phase: 'ready', error: null, screen: { kind: 'review', reviewId: review.id }, currentReview: review };
}

/** Back to the home screen. */
export function applyHome(state: AppState): AppState {
  return { ...state, screen: { kind: 'home' }, currentReview: null };
}

/** The reviews as the services list them now (a stage may have moved on another screen). */
export function applyReviewsListed(state: AppState, reviews: readonly ReviewSummary[]): AppState {
  return { ...state, reviews };
}

/** Shows another screen (the program library or a program's editor). */
export function applyScreen(state: AppState, screen: Screen): AppState {
  // Its own key-card page goes back to the identity screen, so only other screens are remembered.
  const entering = screen.kind === 'identity' && state.screen.kind !== 'identity' && state.screen.kind !== 'key-card-print';
  return { ...state, screen, currentReview: screen.kind === 'review' ? state.currentReview : null, identityReturn: entering ? state.screen : state.identityReturn };
}

/** Where the identity screen goes back to: the screen it was opened from, home at least. */
export function identityBackTarget(state: AppState): Screen {
  const target = state.identityReturn;
  return target.kind === 'identity' || target.kind === 'key-card-print' ? { kind: 'home' } : target;
}
