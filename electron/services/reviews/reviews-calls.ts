import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { listReviews } from './review-repository.ts';
import { requireReview } from './require-review.ts';
import { createReview } from './reviews-service.ts';

type ReviewsCalls = Pick<ApiHandlers, 'reviews:list' | 'reviews:get' | 'reviews:create'>;

/** The reviews calls: the list, one review, 新建评审. */
export function createReviewsCalls(db: Database): ReviewsCalls {
  return {
    'reviews:list': () => listReviews(db),
    'reviews:get': ({ reviewId }) => requireReview(db, reviewId),
    'reviews:create': (input) => createReview(db, input),
  };
}
