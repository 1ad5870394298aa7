import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { IntakeEdit } from '../../../shared/intake/intake-preview.ts';
import type { IntakeProgress } from '../../../shared/intake/intake-progress.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import type { UploadStore } from '../transfer/upload-store.ts';
import { defaultPageTextWorker } from '../documents/text-index.ts';
import { requireReview, requireSubmission } from '../reviews/require-review.ts';
import { intakeStages, requireStage } from '../reviews/require-stage.ts';
import type { NameAlias } from '../../../shared/intake/normalise-name.ts';
import { appendAudit } from '../db/audit-log.ts';
import { commitIntake, type CommitOutcome } from './commit-intake.ts';
import { listAliases, replaceAliases, setReceivedAt } from './intake-repository.ts';
import { scanIntake, type IntakeScan } from './scan-intake.ts';
import { stageUploads, type UploadedSource } from './stage-uploads.ts';

/**
 * The intake's flow, one code path for the app and the CLI: scans running in the background
 * (progress polled, cancellable) and the previews they produced until committed; the review's alias table.
 */
export interface IntakeService {
  /** Starts reading a drop into a preview. */
  start(reviewId: string, paths: readonly string[]): IntakeProgress;
  /** Starts reading a drop the page uploaded (uploads:begin/append), laid out as dropped: the same scan as `start`. */
  startUploads(reviewId: string, sources: readonly UploadedSource[]): IntakeProgress;
  progress(jobId: string): IntakeProgress;
  /** Stops a running scan; nothing is stored. */
  cancel(jobId: string): IntakeProgress;
  /** Stores a finished scan with the coordinator's edits, in one transaction; the preview is then gone. */
  commit(jobId: string, edits: readonly IntakeEdit[]): CommitOutcome;
  /** Resolves when the job has finished, failed or been cancelled (tests, the CLI). */
  settled(jobId: string): Promise<IntakeProgress>;
  aliases(reviewId: string): NameAlias[];
  /** Sets when an application was received, from the mail's date, for all its current files (audited). */
  setReceivedAt(reviewId: string, submissionId: string, receivedAt: string): { files: number };
  /** Replaces the review's alias table (audited); later scans match with it. */
  saveAliases(reviewId: string, aliases: readonly NameAlias[]): NameAlias[];
}

interface Job {
  progress: { -readonly [K in keyof IntakeProgress]: IntakeProgress[K] };
  controller: AbortController;
  scan: IntakeScan | null;
  done: Promise<void>;
}

/** Creates the intake service of a profile; `workerFile` is the page-text worker (the Electron bundle's built copy); `uploads` the page's uploads. */
export function createIntakeService(deps: { db: Database; store: BlobStore; dataDir: string; workerFile?: string | undefined; uploads?: UploadStore }): IntakeService {
  const jobs = new Map<string, Job>();
  const scratchDir = join(deps.dataDir, 'intake-scratch');
  // Zips in zips being read when the app last stopped: nothing refers to them.
  rmSync(scratchDir, { recursive: true, force: true });
  const stagingDir = join(deps.dataDir, 'intake-staging');
  // Uploads staged for a scan that was running when the app last stopped: nothing refers to them.
  rmSync(stagingDir, { recursive: true, force: true });
  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw domainError('intake.no-job', {});
    return job;
  };
  const snapshot = (job: Job): IntakeProgress => ({ ...job.progress, preview: job.scan?.preview ?? null });
  // `afterwards` runs once the scan has ended, however it ended (the staged uploads are removed: their bytes are in the store).
  // The paths are trusted here: the caller checked them (start) or made them (startUploads).
  const launch = (reviewId: string, paths: readonly string[], afterwards: () => Promise<void> = async () => {}): IntakeProgress => {
    requireReview(deps.db, reviewId);
    if (paths.length === 0) throw domainError('intake.nothing-chosen', {});
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      progress: { jobId, state: 'running', filesRead: 0, bytesRead: 0, current: '', error: null, preview: null },
      controller,
      scan: null,
      done: Promise.resolve(),
    };
    job.done = scanIntake({
      db: deps.db,
      store: deps.store,
      reviewId,
      paths,
      scanId: jobId,
      workerFile: deps.workerFile ?? defaultPageTextWorker,
      scratchDir,
      signal: controller.signal,
      onProgress: (p) => Object.assign(job.progress, p),
    })
      // Before the state changes, so that a finished scan has nothing staged left; a folder left behind is removed at the next start.
      .finally(() => afterwards().catch(() => {}))
      .then(
        (scan) => {
          if (controller.signal.aborted) return;
          job.scan = scan;
          job.progress.state = 'done';
        },
        (error: unknown) => {
          if (controller.signal.aborted) job.progress.state = 'cancelled';
          else {
            job.progress.state = 'failed';
            job.progress.error = error instanceof Error ? error.message : String(error);
          }
        },
      );
    jobs.set(jobId, job);
    return snapshot(job);
  };
  return {
    start(reviewId, paths) {
      requireStage(requireReview(deps.db, reviewId), intakeStages, 'intake');
      // Real paths: a link into the profile is the profile.
      const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
      const profile = real(deps.dataDir);
      for (const path of paths) {
        if (!isAbsolute(path)) throw domainError('intake.relative-path', { path });
        // The profile's own files (database, signing identity, stored documents) are never material to import.
        const inside = relative(profile, real(path));
        if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) throw domainError('intake.profile-folder', {});
      }
      return launch(reviewId, paths);
    },
    startUploads(reviewId, sources) {
      requireStage(requireReview(deps.db, reviewId), intakeStages, 'intake');
      if (!deps.uploads) throw domainError('intake.no-uploads', {});
      const staging = join(stagingDir, randomUUID());
      const paths = stageUploads(deps.uploads, sources, staging);
      try {
        return launch(reviewId, paths, () => rm(staging, { recursive: true, force: true }));
      } catch (error) {
        void rm(staging, { recursive: true, force: true });
        throw error;
      }
    },
    progress: (jobId) => snapshot(find(jobId)),
    cancel(jobId) {
      const job = find(jobId);
      if (job.progress.state === 'running') job.controller.abort(new Error('导入已取消'));
      if (job.progress.state !== 'failed') job.progress.state = 'cancelled';
      job.scan = null;
      return snapshot(job);
    },
    commit(jobId, edits) {
      const job = find(jobId);
      if (job.progress.state !== 'done' || !job.scan) throw job.progress.state === 'running' ? domainError('intake.still-reading', {}) : domainError('intake.no-preview', {});
      // A review deleted while the preview was open may have taken bytes the preview shares with it.
      const gone = job.scan.preview.files.find((f) => !deps.store.has(f.sha256));
      if (gone) throw domainError('intake.preview-bytes-gone', { file: gone.fileName });
      const outcome = commitIntake(deps.db, job.scan, edits);
      jobs.delete(jobId);
      return outcome;
    },
    async settled(jobId) {
      const job = find(jobId);
      await job.done;
      return snapshot(job);
    },
    setReceivedAt(reviewId, submissionId, receivedAt) {
      // What the formal check judged on may change only while the check is open, as the intake itself.
      requireStage(requireReview(deps.db, reviewId), intakeStages, 'intake');
      requireSubmission(deps.db, reviewId, submissionId);
      const files = deps.db.transaction(() => {
        const changed = setReceivedAt(deps.db, reviewId, submissionId, receivedAt);
        appendAudit(deps.db, 'intake.received-at-set', `${reviewId}/${submissionId}`, { receivedAt, files: changed });
        return changed;
      })();
      return { files };
    },
    aliases(reviewId) {
      requireReview(deps.db, reviewId);
      return listAliases(deps.db, reviewId);
    },
    saveAliases(reviewId, aliases) {
      requireReview(deps.db, reviewId);
      const blank = aliases.find((a) => a.alias.trim() === '' || a.fullName.trim() === '');
      if (blank) throw domainError('intake.alias-blank', {});
      deps.db.transaction(() => {
        replaceAliases(deps.db, reviewId, aliases);
        appendAudit(deps.db, 'intake.aliases-saved', reviewId, { aliases });
      })();
      return listAliases(deps.db, reviewId);
    },
  };
}
