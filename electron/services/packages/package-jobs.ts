import type { Database } from 'better-sqlite3';
import type { BuildProgress } from '../../../shared/domain/trust-views.ts';
import { DomainError, domainError } from '../../../shared/errors/domain-error.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { listRoster } from '../roster/roster-repository.ts';
import type { OutputStore } from '../transfer/output-store.ts';
import type { IdentityService } from '../identity/identity-service.ts';
import { buildReviewPackage } from './build-package.ts';
import { requireReview } from '../reviews/require-review.ts';

/** Package builds running in the background, each polled for its progress. */
export interface PackageJobs {
  start(reviewId: string, forExpertId: string | null): BuildProgress;
  progress(jobId: string): BuildProgress;
}

/** Media type of a review package download. */
export const PACKAGE_MEDIA_TYPE = 'application/vnd.pingshen.package+zip';

/**
 * Starts building signed packages from the review's roster (experts, enrolled keys, assignments,
 * known conflicts) with this profile's key as the coordinator's. The package goes to the output store
 * and is downloadable once the job is done.
 */
export function createPackageJobs(deps: { db: Database; store: BlobStore; outputs: OutputStore; identity: IdentityService }): PackageJobs {
  const { db } = deps;
  const jobs = new Map<string, BuildProgress>();
  return {
    start(reviewId, forExpertId) {
      requireReview(db, reviewId);
      const roster = listRoster(db, reviewId);
      if (roster.length === 0) throw domainError('packages.roster-empty', {});
      const target = forExpertId === null ? null : roster.find((e) => e.id === forExpertId);
      if (target === undefined) throw domainError('roster.no-expert', { expertId: String(forExpertId) });
      if (target && target.submissionIds.length === 0) throw domainError('packages.nothing-assigned', { name: target.name });
      const coordinator = deps.identity.requireUnlocked();
      const { id, path } = deps.outputs.reserve();
      const job: { -readonly [K in keyof BuildProgress]: BuildProgress[K] } = { jobId: id, state: 'running', done: 0, total: 0, output: null, error: null };
      jobs.set(id, job);
      const fileName = `${reviewId}${forExpertId === null ? '' : `-${forExpertId}`}.pingshen-pkg`;
      const name = coordinator.organisation === '' ? coordinator.name : `${coordinator.name}（${coordinator.organisation}）`;
      void buildReviewPackage({
        db,
        store: deps.store,
        reviewId,
        coordinator: { name: name.slice(0, 100), publicKeyRaw: coordinator.publicKeyRaw, privateKeyPkcs8: coordinator.privateKeyPkcs8 },
        experts: roster.map((e) => (e.publicKey === null ? { id: e.id, name: e.name, organisation: e.organisation } : { id: e.id, name: e.name, organisation: e.organisation, publicKey: e.publicKey })),
        assignments: roster.map((e) => ({ expertId: e.id, submissionIds: e.submissionIds })),
        conflicts: roster.flatMap((e) => e.conflicts.map((c) => ({ expertId: e.id, submissionId: c.submissionId, reason: c.reason }))),
        forExpertId: forExpertId ?? undefined,
        outFile: path,
        onProgress: (done, total) => {
          job.done = done;
          job.total = total;
        },
      }).then(
        (built) => {
          deps.outputs.publish(id, fileName, PACKAGE_MEDIA_TYPE);
          job.output = { id, fileName, size: built.size, digest: built.digest };
          job.state = 'done';
        },
        (error: unknown) => {
          // The page gets a code and its text; anything but a domain error is a bug, logged with its detail.
          const known = error instanceof DomainError ? error : domainError('packages.build-failed', {});
          if (known !== error) console.error('[pingshen] packages:build:', error);
          job.error = known.message;
          job.errorCode = known.key;
          job.errorParams = { ...known.params };
          job.state = 'failed';
        },
      );
      return { ...job };
    },
    progress(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw domainError('packages.no-job', {});
      return { ...job };
    },
  };
}
