import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { BuildProgress, KeyCardInfo, RosterExpert } from '../../../../shared/domain/trust-views.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** A package this profile issued for the review. */
export type IssuedPackage = ApiOutput<'packages:issued'>[number];

/** A key card read from a file, waiting for the coordinator to compare its fingerprint; `expert` null adds a new expert. */
export interface CardToConfirm {
  readonly info: KeyCardInfo;
  readonly text: string;
  readonly expert: RosterExpert | null;
}

/** The experts screen (专家名单): the review and its roster, the packages issued, and the card or build in progress. */
export interface ExpertsState {
  readonly load: Loadable<{ readonly review: ReviewDetail; readonly roster: readonly RosterExpert[] }>;
  readonly issued: readonly IssuedPackage[];
  readonly card: CardToConfirm | null;
  readonly building: { readonly started: BuildProgress; readonly title: string } | null;
}

/** Nothing loaded. */
export const initialExpertsState: ExpertsState = { load: idleLoadable(), issued: [], card: null, building: null };

/** Opening a review's roster: nothing of the screen's last visit (a card, a build) is carried over. */
export function applyExpertsOpening(reviewId: string): ExpertsState {
  return { ...initialExpertsState, load: startLoading(reviewId) };
}

/** The review and its roster arrived. */
export function applyExpertsLoaded(state: ExpertsState, reviewId: string, review: ReviewDetail, roster: readonly RosterExpert[]): ExpertsState {
  return { ...state, load: finishLoading(state.load, reviewId, { review, roster }) };
}

/** Loading the roster failed. */
export function applyExpertsFailed(state: ExpertsState, reviewId: string, error: unknown): ExpertsState {
  return { ...state, load: failLoading(state.load, reviewId, error) };
}

/** The roster as the services returned it after an edit (every roster call answers with the whole roster). */
export function applyRoster(state: ExpertsState, reviewId: string, roster: readonly RosterExpert[]): ExpertsState {
  const value = state.load.value;
  if (state.load.key !== reviewId || !value) return state;
  return { ...state, load: { ...state.load, value: { ...value, roster } } };
}

/** The packages issued for the review. */
export function applyIssued(state: ExpertsState, reviewId: string, issued: readonly IssuedPackage[]): ExpertsState {
  return state.load.key === reviewId ? { ...state, issued } : state;
}

/** A key card was read and inspected; null: the comparison was cancelled or done. */
export function applyCard(state: ExpertsState, card: CardToConfirm | null): ExpertsState {
  return { ...state, card };
}

/** A package build started (null: its dialog was closed). */
export function applyBuilding(state: ExpertsState, building: ExpertsState['building']): ExpertsState {
  return { ...state, building };
}

/** The experts a package for `forExpertId` (null: the whole panel) goes to who have no enrolled key: their sheets need a fingerprint check at merge. */
export function unenrolledExperts(roster: readonly RosterExpert[], forExpertId: string | null): RosterExpert[] {
  return roster.filter((e) => e.publicKey === null && (forExpertId === null || e.id === forExpertId));
}

/** Who an issued package is for: the expert's name, `wholePanel` for a panel package, the id when the expert was removed since. */
export function recipientName(roster: readonly RosterExpert[], presetExpertId: string | null, wholePanel: string): string {
  return presetExpertId === null ? wholePanel : (roster.find((e) => e.id === presetExpertId)?.name ?? presetExpertId);
}
