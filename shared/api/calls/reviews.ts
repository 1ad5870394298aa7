import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { newReviewSchema } from '../../domain/new-review.ts';
import { reviewDeletionSchema, reviewDetailSchema, reviewSummarySchema } from '../../domain/review.ts';
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
  'reviews:archive': call({
    summary: '归档评审活动 (另列于首页，内容不变)，或取消归档',
    input: z.object({ reviewId: idSchema, archived: z.boolean() }).strict(),
    output: reviewDetailSchema,
  }),
  'reviews:deletion': call({
    summary: '删除评审活动前，列出将被删除的内容',
    input: z.object({ reviewId: idSchema }).strict(),
    output: reviewDeletionSchema,
  }),
  'reviews:delete': call({
    summary: '删除评审活动及其全部数据 (须给出评审活动名称以确认)；审计日志保留记录',
    input: z.object({ reviewId: idSchema, confirmTitle: z.string().max(200) }).strict(),
    output: reviewDeletionSchema,
  }),
} as const;
