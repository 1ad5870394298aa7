import type { BuildProgress } from '../../../../shared/domain/trust-views.ts';

/** A package build the services run in the background, as its dialog shows it. */
export interface PackageBuildState {
  readonly progress: BuildProgress | null;
  /** Asking for the progress failed (the build's own failure is in `progress.error`). */
  readonly error: unknown;
}

/** No build watched. */
export const initialPackageBuildState: PackageBuildState = { progress: null, error: null };

/** The build's progress as last reported. */
export function applyBuildProgress(state: PackageBuildState, progress: BuildProgress): PackageBuildState {
  return { ...state, progress };
}

/** Asking for the progress failed: polling stops. */
export function applyBuildPollFailed(state: PackageBuildState, error: unknown): PackageBuildState {
  return { ...state, error };
}

/** How far the build is, in whole percent: 100 once its file is there. */
export function buildPercent(progress: BuildProgress): number {
  if (progress.output) return 100;
  return progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
}

/** Whether to ask again: the build is still running and nothing failed. */
export function shouldPoll(state: PackageBuildState): boolean {
  return state.error === null && state.progress?.state === 'running';
}
