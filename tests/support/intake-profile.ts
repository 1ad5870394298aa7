// A profile for the intake tests: real SQLite and blob store in a temp folder, the 2026 template
// installed and a review of it created, and the intake service over it.
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase } from '../../electron/services/db/open-database.ts';
import { BlobStore } from '../../electron/services/documents/blob-store.ts';
import type { CommitOutcome } from '../../electron/services/intake/commit-intake.ts';
import { createIntakeService, type IntakeService } from '../../electron/services/intake/intake-service.ts';
import { installProgramTemplates } from '../../electron/services/programs/install-templates.ts';
import { createReview } from '../../electron/services/reviews/reviews-service.ts';
import type { IntakeEdit } from '../../shared/intake/intake-preview.ts';
import type { IntakeProgress } from '../../shared/intake/intake-progress.ts';

/** The 2026 Anhui template's id (seeds 000/001). */
export const anhuiProgramId = 'anhui-2026-high-skill-clusters';

/** An open intake profile. */
export interface IntakeProfile {
  readonly dir: string;
  readonly db: Database.Database;
  readonly store: BlobStore;
  readonly intake: IntakeService;
  readonly reviewId: string;
  /** Scans paths to the end and returns the finished progress (with its preview). */
  scan(paths: readonly string[]): Promise<IntakeProgress>;
  /** Scans and commits with edits. */
  importAll(paths: readonly string[], edits?: readonly IntakeEdit[]): Promise<{ progress: IntakeProgress; outcome: CommitOutcome }>;
  close(): void;
}

/** Opens a profile in `dir` with a review of the 2026 template (all three fields). */
export function openIntakeProfile(dir: string): IntakeProfile {
  const profileDir = join(dir, 'profile');
  const db = openDatabase(profileDir);
  installProgramTemplates(db);
  const review = createReview(db, {
    title: '2026 集群培养计划评审',
    programId: anhuiProgramId,
    categories: ['smart-ev', 'ai', 'high-end-equipment'].map((id) => ({ id, quota: 6 })),
    deadline: '2026-05-25',
  });
  const store = new BlobStore(profileDir);
  const intake = createIntakeService({ db, store, dataDir: profileDir });
  const scan = async (paths: readonly string[]) => {
    const started = intake.start(review.id, paths);
    return intake.settled(started.jobId);
  };
  return {
    dir: profileDir,
    db,
    store,
    intake,
    reviewId: review.id,
    scan,
    async importAll(paths, edits = []) {
      const progress = await scan(paths);
      if (progress.state !== 'done') throw new Error(`scan ${progress.state}: ${String(progress.error)}`);
      return { progress, outcome: intake.commit(progress.jobId, edits) };
    },
    close: () => db.close(),
  };
}
