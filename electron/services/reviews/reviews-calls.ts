import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import type { OutputStore } from '../transfer/output-store.ts';
import type { UploadStore } from '../transfer/upload-store.ts';
import { deleteReview, deletionOf } from './delete-review.ts';
import { exportReviewBackup } from './export-review-backup.ts';
import type { IdentityService } from '../identity/identity-service.ts';
import { importReviewBackup, inspectReviewBackup } from './import-review-backup.ts';
import { listReviews } from './review-repository.ts';
import { requireReview } from './require-review.ts';
import { archiveReview, createReview } from './reviews-service.ts';

type ReviewsCalls = Pick<
  ApiHandlers,
  'reviews:list' | 'reviews:get' | 'reviews:create' | 'reviews:archive' | 'reviews:deletion' | 'reviews:delete' | 'reviews:export-backup' | 'reviews:inspect-backup' | 'reviews:import-backup'
>;

/** The reviews calls: the list, one review, 新建评审, archive, delete, and a whole review backed up as one file. */
export function createReviewsCalls(deps: { db: Database; store: BlobStore; outputs: OutputStore; uploads: UploadStore; identity: IdentityService }): ReviewsCalls {
  const { db, store, uploads, identity } = deps;
  // This profile's key, read without unlocking it: a backup it signed says so.
  const ownPublicKey = () => identity.status().publicKey;
  return {
    'reviews:list': () => listReviews(db),
    'reviews:get': ({ reviewId }) => requireReview(db, reviewId),
    'reviews:create': (input) => createReview(db, input),
    'reviews:archive': ({ reviewId, archived }) => archiveReview(db, reviewId, archived),
    'reviews:deletion': ({ reviewId }) => deletionOf(db, reviewId),
    'reviews:delete': ({ reviewId, confirmTitle }) => deleteReview(db, store, reviewId, confirmTitle),
    'reviews:export-backup': ({ reviewId }) => exportReviewBackup(db, store, deps.outputs, reviewId, identity.requireUnlocked()),
    // The upload stays for the import that follows the user's yes; a refused backup is not kept.
    'reviews:inspect-backup': async ({ uploadId }) => {
      try {
        return await inspectReviewBackup(db, uploads.complete(uploadId), ownPublicKey());
      } catch (error) {
        uploads.discard(uploadId);
        throw error;
      }
    },
    'reviews:import-backup': async ({ uploadId, accepted }) => {
      const upload = uploads.complete(uploadId);
      try {
        return await importReviewBackup(db, store, upload, { accepted, ownPublicKey: ownPublicKey() });
      } finally {
        uploads.discard(uploadId);
      }
    },
  };
}
