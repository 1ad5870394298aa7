import type { Program } from '../../../../shared/domain/program.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { SheetStatus, SheetVersion, SheetView } from '../../../../shared/domain/trust-views.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** One signed version as the printable score sheet shows it, with the review and program it scores. */
export interface SheetPrint {
  readonly view: SheetView;
  readonly review: ReviewDetail;
  readonly program: Program;
}

/** The expert's score sheet of a review: where it stands (sign panel), a sign or amend under way, and a version to print. */
export interface SheetsState {
  readonly status: Loadable<SheetStatus>;
  readonly busy: boolean;
  readonly print: Loadable<SheetPrint>;
}

/** Nothing loaded. */
export const initialSheetsState: SheetsState = { status: idleLoadable(), busy: false, print: idleLoadable() };

/** Asking where a review's sheet stands. */
export function applySheetStatusLoading(state: SheetsState, reviewId: string): SheetsState {
  return { ...state, status: startLoading(reviewId), busy: false };
}

/** Where the sheet stands, after a load, a signature or an amendment. */
export function applySheetStatus(state: SheetsState, reviewId: string, status: SheetStatus): SheetsState {
  return { ...state, status: finishLoading(state.status, reviewId, status) };
}

/** Reading where the sheet stands failed. */
export function applySheetStatusFailed(state: SheetsState, reviewId: string, error: unknown): SheetsState {
  return { ...state, status: failLoading(state.status, reviewId, error) };
}

/** A signature or an amendment started or ended. */
export function applySheetBusy(state: SheetsState, busy: boolean): SheetsState {
  return { ...state, busy };
}

/** The key of one version to print. */
export function printKey(reviewId: string, version: number): string {
  return `${reviewId}#${version}`;
}

/** Asking for one version to print. */
export function applyPrintLoading(state: SheetsState, reviewId: string, version: number): SheetsState {
  return { ...state, print: startLoading(printKey(reviewId, version)) };
}

/** The version to print arrived. */
export function applyPrint(state: SheetsState, reviewId: string, version: number, print: SheetPrint): SheetsState {
  return { ...state, print: finishLoading(state.print, printKey(reviewId, version), print) };
}

/** Reading the version to print failed. */
export function applyPrintFailed(state: SheetsState, reviewId: string, version: number, error: unknown): SheetsState {
  return { ...state, print: failLoading(state.print, printKey(reviewId, version), error) };
}

/** The newest signed version, which the lock and 修改并重新签名 are about, or null before the first signature. */
export function newestVersion(status: SheetStatus): SheetVersion | null {
  return status.versions.at(-1) ?? null;
}

/** The PDF a printed sheet is saved as: the signed file's name with .pdf for .pingshen-sheet.json. */
export function printFileName(view: SheetView | null): string {
  return (view?.fileName ?? 'score-sheet').replace(/\.pingshen-sheet\.json$/, '') + '.pdf';
}
