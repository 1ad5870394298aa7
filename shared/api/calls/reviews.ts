import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { newReviewSchema } from '../../domain/new-review.ts';
import { reviewDetailSchema, reviewSummarySchema } from '../../domain/review.ts';
import { call, noInput } from '../define-calls.ts';

/** The reviews (评审活动) this profile holds. */
export const reviewsCalls = {
  'reviews:list': call({
    summary: '列出本机的评审活动',
    input: noInput,
    output: z.array(reviewSummarySchema),
  }),
  'reviews:get': call({
    summary: '读取一个评审活动的领域与申报',
    input: z.object({ reviewId: idSchema }).strict(),
    output: reviewDetailSchema,
  }),
  'reviews:create': call({
    summary: '新建评审活动：选定评审方案 (固定其当前版本)、领域与推荐名额、截止日期',
    input: newReviewSchema,
    output: reviewDetailSchema,
  }),
} as const;
