import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import { getReview } from './review-repository.ts';

/** The review, or the one `not_found` failure every call gives for a review this profile does not hold. */
export function requireReview(db: Database, reviewId: string): ReviewDetail {
  const review = getReview(db, reviewId);
  if (!review) throw new ApiFailure('not_found', `未找到评审活动 ${reviewId}`);
  return review;
}

/** The review and one of its applications, or `not_found` naming what is missing. */
export function requireSubmission(db: Database, reviewId: string, submissionId: string): { review: ReviewDetail; submission: ReviewDetail['submissions'][number] } {
  const review = requireReview(db, reviewId);
  const submission = review.submissions.find((s) => s.id === submissionId);
  if (!submission) throw new ApiFailure('not_found', `评审活动 ${reviewId} 中没有申报 ${submissionId}`);
  return { review, submission };
}
