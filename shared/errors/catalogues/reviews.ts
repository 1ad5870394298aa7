import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The reviews feature's errors. */
export const reviewsErrors = {
  'reviews.not-found': { api: 'not_found', 'zh-CN': '未找到评审活动 {reviewId}', en: 'No review {reviewId} on this computer' },
  'reviews.submission-not-found': { api: 'not_found', 'zh-CN': '评审活动 {reviewId} 中没有申报 {submissionId}', en: 'Review {reviewId} has no application {submissionId}' },
  'reviews.confirm-title': { api: 'invalid_input', 'zh-CN': '确认的名称与评审活动「{title}」不一致，未删除', en: 'The name typed is not the title of 「{title}」; nothing was deleted' },
  'reviews.backup-program-differs': {
    api: 'conflict',
    'zh-CN': '本机的评审方案 {programId} 第 {version} 版与备份中的不同，未导入备份',
    en: 'Version {version} of program {programId} on this computer differs from the one in the backup; the backup was not imported',
  },
  'reviews.backup-exists': {
    api: 'conflict',
    'zh-CN': '本机已有评审活动「{title}」（{reviewId}），未导入备份；如要替换，请先删除本机的这一评审活动',
    en: 'This computer already holds the review 「{title}」 ({reviewId}); the backup was not imported. To replace it, delete that review here first',
  },
  'reviews.no-program': { api: 'not_found', 'zh-CN': '未找到评审方案 {programId}', en: 'No program {programId} on this computer' },
  'reviews.no-category': { api: 'invalid_input', 'zh-CN': '评审方案「{program}」中没有领域 {categoryId}', en: 'The program 「{program}」 has no category {categoryId}' },
} as const satisfies ErrorCatalogue;
