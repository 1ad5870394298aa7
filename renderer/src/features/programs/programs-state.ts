import type { ProgramSummary } from '../../../../shared/domain/program-summary.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** The program library as one list: the loadable's key. */
const libraryKey = 'library';

/** The program library screen (评审方案库): the list of programs. */
export interface ProgramsState {
  readonly library: Loadable<readonly ProgramSummary[]>;
}

/** Nothing loaded. */
export const initialProgramsState: ProgramsState = { library: idleLoadable() };

/** Asking for the list. */
export function applyProgramsLoading(): ProgramsState {
  return { library: startLoading(libraryKey) };
}

/** The library as the services list it (built-in templates first, then by title). */
export function applyPrograms(state: ProgramsState, programs: readonly ProgramSummary[]): ProgramsState {
  return { library: finishLoading(state.library, libraryKey, programs) };
}

/** Listing the library failed. */
export function applyProgramsFailed(state: ProgramsState, error: unknown): ProgramsState {
  return { library: failLoading(state.library, libraryKey, error) };
}

/** Whether the coordinator may delete a program: their own, and not pinned by a review (a review keeps the version it uses). */
export function canDelete(program: ProgramSummary): boolean {
  return !program.builtIn && !program.inUse;
}
