import type { Database } from 'better-sqlite3';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { getReview } from './review-repository.ts';

/** The review, or the one `reviews.not-found` error every call gives for a review this profile does not hold. */
export function requireReview(db: Database, reviewId: string): ReviewDetail {
  const review = getReview(db, reviewId);
  if (!review) throw domainError('reviews.not-found', { reviewId });
  return review;
}

/** The review and one of its applications, or `reviews.*not-found` naming what is missing. */
export function requireSubmission(db: Database, reviewId: string, submissionId: string): { review: ReviewDetail; submission: ReviewDetail['submissions'][number] } {
  const review = requireReview(db, reviewId);
  const submission = review.submissions.find((s) => s.id === submissionId);
  if (!submission) throw domainError('reviews.submission-not-found', { reviewId, submissionId });
  return { review, submission };
}
