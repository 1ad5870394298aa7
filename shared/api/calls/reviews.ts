import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { newReviewSchema } from '../../domain/new-review.ts';
import { reviewBackupOutputSchema, reviewBackupPreviewSchema } from '../../domain/review-backup.ts';
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
  'reviews:export-backup': call({
    summary: '把整个评审活动 (数据与全部文档) 导出为一个备份文件 (.pingshen-review)，由本机签名私钥签名 (须已解锁)，可在另一台电脑导入',
    input: z.object({ reviewId: idSchema }).strict(),
    output: reviewBackupOutputSchema,
  }),
  'reviews:inspect-backup': call({
    summary: '查看已上传的评审活动备份 (先用 uploads:begin/append 上传) 而不导入：评审活动、导出时间、签名者及其密钥指纹；上传保留以供导入',
    input: z.object({ uploadId: z.string().max(64) }).strict(),
    output: reviewBackupPreviewSchema,
  }),
  'reviews:import-backup': call({
    summary: '导入评审活动备份：整份导入或整份拒绝；accepted 为查看时确认的签名者指纹 (未签名的旧备份为 null)，签名者不符时拒绝；本机已有同一评审活动时拒绝',
    input: z.object({ uploadId: z.string().max(64), accepted: z.string().max(64).nullable() }).strict(),
    output: reviewDetailSchema,
  }),
} as const;
