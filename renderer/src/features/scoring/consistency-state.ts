import type { ConsistencyLine, ConsistencyReport } from '../../../../shared/domain/consistency.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** The consistency screen (一致性检查): the expert's own report for one review. */
export interface ConsistencyState {
  readonly report: Loadable<ConsistencyReport>;
}

/** Nothing loaded. */
export const initialConsistencyState: ConsistencyState = { report: idleLoadable() };

/** Asking for a review's report. */
export function applyConsistencyLoading(state: ConsistencyState, reviewId: string): ConsistencyState {
  return { report: startLoading(reviewId) };
}

/** The report as the services computed it. */
export function applyConsistency(state: ConsistencyState, reviewId: string, report: ConsistencyReport): ConsistencyState {
  return { report: finishLoading(state.report, reviewId, report) };
}

/** Computing the report failed. */
export function applyConsistencyFailed(state: ConsistencyState, reviewId: string, error: unknown): ConsistencyState {
  return { report: failLoading(state.report, reviewId, error) };
}

/** One line of every field, with its field's name: what a signature covers. */
export type SignedLine = ConsistencyLine & { readonly field: string };

/** What signing the report covers: every line, how many are scored and how many recused (a recused line carries no score). */
export function signSummary(report: ConsistencyReport): { lines: SignedLine[]; scored: number; recused: number } {
  const lines = report.fields.flatMap((f) => f.ranked.map((l) => ({ ...l, field: f.name })));
  const recused = lines.filter((l) => l.status === 'conflict').length;
  return { lines, scored: lines.length - recused, recused };
}

/** Pages of opened documents the expert has not seen yet, over all of a line's documents. */
export function unseenPageCount(line: ConsistencyLine): number {
  return line.unseenPages.reduce((n, u) => n + u.pages.length, 0);
}
