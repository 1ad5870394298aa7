import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import type { OutputStore } from '../transfer/output-store.ts';
import type { UploadStore } from '../transfer/upload-store.ts';
import type { IdentityService } from '../identity/identity-service.ts';
import { createPackageIntake } from './package-intake.ts';
import { createPackageJobs } from './package-jobs.ts';
import { requireReview } from '../reviews/require-review.ts';

type PackageCalls = Pick<ApiHandlers, 'packages:build' | 'packages:progress' | 'packages:issued' | 'uploads:begin' | 'uploads:append' | 'packages:open' | 'packages:import'>;

/** Review packages: built by the coordinator (in the background, with progress), uploaded, checked and imported by an expert. */
export function createPackagesCalls(deps: { db: Database; store: BlobStore; outputs: OutputStore; uploads: UploadStore; identity: IdentityService }): PackageCalls {
  const { db, uploads } = deps;
  const jobs = createPackageJobs(deps);
  const intake = createPackageIntake({ db, store: deps.store, uploads, localPublicKey: () => deps.identity.status().publicKey });
  return {
    'packages:build': ({ reviewId, forExpertId }) => jobs.start(reviewId, forExpertId),
    'packages:progress': ({ jobId }) => jobs.progress(jobId),
    'packages:issued': ({ reviewId }) => {
      requireReview(db, reviewId);
      const rows = db
        .prepare("SELECT digest, preset_expert_id, created_at FROM review_packages WHERE review_id = ? AND direction = 'issued' ORDER BY created_at")
        .all(reviewId) as { digest: string; preset_expert_id: string | null; created_at: string }[];
      return rows.map((r) => ({ digest: r.digest, presetExpertId: r.preset_expert_id, createdAt: r.created_at }));
    },
    'uploads:begin': ({ fileName, size }) => ({ uploadId: uploads.begin(fileName, size) }),
    'uploads:append': ({ uploadId, offset, base64 }) => ({ received: uploads.append(uploadId, offset, Buffer.from(base64, 'base64')) }),
    'packages:open': ({ uploadId }) => intake.open(uploadId),
    'packages:import': ({ uploadId, expertId, replaceDemo }) => intake.import(uploadId, expertId, replaceDemo),
  };
}
