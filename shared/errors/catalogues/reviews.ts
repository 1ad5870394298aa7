import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The reviews feature's errors. */
export const reviewsErrors = {
  'reviews.not-found': { api: 'not_found', 'zh-CN': '未找到评审活动 {reviewId}', en: 'No review {reviewId} on this computer' },
  'reviews.submission-not-found': { api: 'not_found', 'zh-CN': '评审活动 {reviewId} 中没有申报 {submissionId}', en: 'Review {reviewId} has no application {submissionId}' },
} as const satisfies ErrorCatalogue;
