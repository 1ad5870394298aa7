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
  'scoring.no-criterion': { api: 'invalid_input', 'zh-CN': '评分细则中没有指标 {criterionId}', en: 'The rubric has no criterion {criterionId}' },
  'scoring.no-check': { api: 'invalid_input', 'zh-CN': '评分细则中没有达标项 {itemId}', en: 'The rubric has no threshold item {itemId}' },
  'scoring.no-veto': { api: 'invalid_input', 'zh-CN': '评分细则中没有否决项 {itemId}', en: 'The rubric has no veto item {itemId}' },
  'scoring.foreign-document': { api: 'invalid_input', 'zh-CN': '该文档不属于这份申报', en: 'This document is not part of this application' },
  'scoring.page-beyond': { api: 'invalid_input', 'zh-CN': '「{title}」只有 {pages} 页', en: '「{title}」 has only {pages} pages' },
  'scoring.recused-locked': { api: 'conflict', 'zh-CN': '已对该申报声明回避，评分已锁定', en: 'A conflict of interest is declared for this application; its scoring is locked' },
} as const satisfies ErrorCatalogue;
