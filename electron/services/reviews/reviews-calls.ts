import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { deleteReview, deletionOf } from './delete-review.ts';
import { listReviews } from './review-repository.ts';
import { requireReview } from './require-review.ts';
import { archiveReview, createReview } from './reviews-service.ts';

type ReviewsCalls = Pick<ApiHandlers, 'reviews:list' | 'reviews:get' | 'reviews:create' | 'reviews:archive' | 'reviews:deletion' | 'reviews:delete'>;

/** The reviews calls: the list, one review, 新建评审, archive and delete. */
export function createReviewsCalls(db: Database, store: BlobStore): ReviewsCalls {
  return {
    'reviews:list': () => listReviews(db),
    'reviews:get': ({ reviewId }) => requireReview(db, reviewId),
    'reviews:create': (input) => createReview(db, input),
    'reviews:archive': ({ reviewId, archived }) => archiveReview(db, reviewId, archived),
    'reviews:deletion': ({ reviewId }) => deletionOf(db, reviewId),
    'reviews:delete': ({ reviewId, confirmTitle }) => deleteReview(db, store, reviewId, confirmTitle),
  };
}
