import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The scoring feature's errors. */
export const scoringErrors = {
  'scoring.no-program': { api: 'not_found', 'zh-CN': '评审活动 {reviewId} 没有关联评审方案', en: 'Review {reviewId} has no review programme' },
  'scoring.program-missing': {
    api: 'not_found',
    'zh-CN': '评审活动 {reviewId} 的评审方案 {programId} 第 {version} 版不存在',
    en: 'Version {version} of programme {programId}, which review {reviewId} uses, is missing',
  },
  'scoring.no-rubric': { api: 'not_found', 'zh-CN': '评审方案中没有与领域 {fieldId} 对应的评分细则', en: 'The programme has no rubric for category {fieldId}' },
} as const satisfies ErrorCatalogue;
