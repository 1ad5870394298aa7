import { create } from 'zustand';
import type { BuildProgress } from '../../../../shared/domain/trust-views.ts';
import { call } from '../../api/client.ts';
import { applyBuildPollFailed, applyBuildProgress, initialPackageBuildState, shouldPoll, type PackageBuildState } from './package-build-state.ts';

/** How often a running build is asked for its progress. */
const pollMs = 150;

/** Watches one package build (started by the experts screen, so a re-run effect never starts a second one). */
export interface PackageBuildStore extends PackageBuildState {
  /** Shows `started` and asks for its progress until it is done or failed. */
  watch(started: BuildProgress): void;
  /** Stops asking (the dialog closed). */
  stop(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
// Each watch has its own number, so an answer for a build no longer watched is dropped.
let watching = 0;

/** The package build dialog's store. */
export const usePackageBuild = create<PackageBuildStore>()((set, get) => {
  const poll = (id: number, progress: BuildProgress) => {
    if (id !== watching) return;
    set((s) => applyBuildProgress(s, progress));
    if (!shouldPoll(get())) return;
    timer = setTimeout(() => {
      call('packages:progress', { jobId: progress.jobId }).then(
        (next) => poll(id, next),
        (error: unknown) => id === watching && set((s) => applyBuildPollFailed(s, error)),
      );
    }, pollMs);
  };
  return {
    ...initialPackageBuildState,
    watch(started) {
      clearTimeout(timer);
      watching += 1;
      set(initialPackageBuildState);
      poll(watching, started);
    },
    stop() {
      clearTimeout(timer);
      watching += 1;
    },
  };
});
