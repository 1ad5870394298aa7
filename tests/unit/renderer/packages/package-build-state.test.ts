import { describe, expect, it } from 'vitest';
import type { BuildProgress } from '../../../../shared/domain/trust-views.ts';
import { applyBuildPollFailed, applyBuildProgress, buildPercent, initialPackageBuildState, shouldPoll } from '../../../../renderer/src/features/packages/package-build-state.ts';

const running: BuildProgress = { jobId: 'j1', state: 'running', done: 3, total: 7, output: null, error: null };
const done: BuildProgress = { ...running, state: 'done', done: 7, output: { id: 'o1', fileName: 'demo.pingshen-pkg', size: 1024, digest: 'd' } };

describe('package build state', () => {
  it('shows whole percent, 100 once the file is written, 0 before anything is counted', () => {
    expect(buildPercent(running)).toBe(42);
    expect(buildPercent(done)).toBe(100);
    expect(buildPercent({ ...running, done: 0, total: 0 })).toBe(0);
  });

  it('asks again only while the build runs and nothing failed', () => {
    expect(shouldPoll(initialPackageBuildState)).toBe(false);
    expect(shouldPoll(applyBuildProgress(initialPackageBuildState, running))).toBe(true);
    expect(shouldPoll(applyBuildProgress(initialPackageBuildState, done))).toBe(false);
    expect(shouldPoll(applyBuildProgress(initialPackageBuildState, { ...running, state: 'failed', error: '磁盘已满' }))).toBe(false);
    expect(shouldPoll(applyBuildPollFailed(applyBuildProgress(initialPackageBuildState, running), new Error('x')))).toBe(false);
  });
});
