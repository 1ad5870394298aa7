import { z } from 'zod';
import { documentIdSchema, submissionDocumentSchema, viewStateSchema } from '../domain/document.ts';
import { consistencyReportSchema } from '../domain/consistency.ts';
import { programSchema } from '../domain/program.ts';
import { evidenceSchema, scoringEditSchema, scoringOverviewRowSchema, submissionScoringSchema } from '../domain/scoring.ts';
import { documentSearchSchema } from '../domain/document-search.ts';
import { programSummarySchema } from '../domain/program-summary.ts';
import { idSchema, reviewDetailSchema, reviewSummarySchema } from '../domain/review.ts';
import { apiChannels, type ApiChannel } from './channels.ts';
import { trustCalls } from './trust-contract.ts';
import type { ApiResult } from './result.ts';

/** One call of the API: the schema its input must pass and the schema of what it returns. */
export interface CallSpec<In extends z.ZodType, Out extends z.ZodType> {
  readonly input: In;
  readonly output: Out;
  /** A one-line description, shown in docs/architecture.md's table and in error messages. */
  readonly summary: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any call's spec, for the `satisfies` check below
type AnyCallSpec = CallSpec<any, any>;

function call<In extends z.ZodType, Out extends z.ZodType>(spec: CallSpec<In, Out>): CallSpec<In, Out> {
  return spec;
}

/** The interface languages; zh-CN is the default. */
export const localeSchema = z.enum(['zh-CN', 'en']);

/** The role chosen on the home screen. */
export const roleSchema = z.enum(['expert', 'coordinator']);

/** Preferences kept in the profile database. */
export const settingsSchema = z.object({
  locale: localeSchema,
  role: roleSchema.nullable(),
});

/** Preferences kept in the profile database. */
export type Settings = z.infer<typeof settingsSchema>;

const noInput = z.object({}).strict();

/** A problem found in a program or an imported file, with where it is. */
const validationIssueSchema = z.object({ path: z.string(), message: z.string() });

/** File bytes crossing the API as base64 (10 MB of bytes at most). */
const base64Schema = z.string().max(14_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, '不是 base64 编码');

/** A file name shown to the user (never used as a path by the services). */
const fileNameSchema = z.string().min(1).max(255);

/** A program with its library facts and what validation finds in it. */
const programDetailSchema = z.object({
  program: programSchema,
  summary: programSummarySchema,
  versions: z.array(z.number().int().positive()),
  issues: z.array(validationIssueSchema),
});

/**
 * Every call the renderer can make, by channel name `domain:verb`. The Electron main process and
 * the browser host both serve exactly this table; the preload and the renderer client are built from it.
 */
export const apiContract = {
  'app:info': call({
    summary: '应用与运行环境版本',
    input: noInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      transport: z.enum(['ipc', 'http']),
      versions: z.record(z.string(), z.string()),
    }),
  }),
  'settings:get': call({
    summary: '读取偏好设置',
    input: noInput,
    output: settingsSchema,
  }),
  'settings:update': call({
    summary: '修改偏好设置 (语言、角色)',
    input: settingsSchema.partial().strict(),
    output: settingsSchema,
  }),
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
  'documents:search': call({
    summary: '在一份申报的全部 PDF 中检索关键词 (评分细则的要点)，按文档和页列出命中；文字尚未读完的文档标为 pending',
    input: z
      .object({
        reviewId: idSchema,
        submissionId: idSchema,
        keywords: z.array(z.string().max(60, '关键词过长')).max(40, '关键词过多'),
      })
      .strict(),
    output: documentSearchSchema,
  }),
  'submissions:documents': call({
    summary: '列出一份申报的文档 (按编号访问，不含路径)',
    input: z.object({ reviewId: idSchema, submissionId: idSchema }).strict(),
    output: z.array(submissionDocumentSchema),
  }),
  'documents:view-state': call({
    summary: '读取阅读器上次停留的页码、缩放与旋转 (无记录时为 null)',
    input: z.object({ documentId: documentIdSchema }).strict(),
    output: viewStateSchema.nullable(),
  }),
  'documents:save-view-state': call({
    summary: '记住阅读器在该文档的页码、缩放与旋转',
    input: z.object({ documentId: documentIdSchema, state: viewStateSchema }).strict(),
    output: z.object({ saved: z.boolean() }),
  }),
  'scoring:program': call({
    summary: '评审活动所用的评审方案版本 (评分细则、底线、汇总规则)',
    input: z.object({ reviewId: idSchema }).strict(),
    output: programSchema,
  }),
  'scoring:get': call({
    summary: '读取专家对一份申报的全部评分、评语、标记、引用与阅读记录',
    input: z.object({ reviewId: idSchema, submissionId: idSchema }).strict(),
    output: submissionScoringSchema,
  }),
  'scoring:edit': call({
    summary: '保存一次评分编辑 (分数、评语、达标、否决、总评)，立即持久化',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, edit: scoringEditSchema }).strict(),
    output: z.object({ savedAt: z.string() }),
  }),
  'scoring:cite': call({
    summary: '为指标添加佐证引用 (文档、页码、引文)',
    input: z.object({
      reviewId: idSchema,
      submissionId: idSchema,
      criterionId: idSchema,
      documentId: documentIdSchema,
      page: z.number().int().min(1).max(100_000),
      quote: z.string().max(2000),
    }).strict(),
    output: evidenceSchema,
  }),
  'scoring:uncite': call({
    summary: '删除一条佐证引用',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, evidenceId: z.number().int().positive() }).strict(),
    output: z.object({ removed: z.number().int() }),
  }),
  'scoring:conflict': call({
    summary: '声明 (附理由) 或撤销回避；回避后该申报评分锁定',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, reason: z.string().trim().min(1, '请填写回避理由').max(500).nullable() }).strict(),
    output: submissionScoringSchema,
  }),
  'scoring:visit': call({
    summary: '记录专家看过的页面',
    input: z.object({ reviewId: idSchema, submissionId: idSchema, documentId: documentIdSchema, page: z.number().int().min(1).max(100_000) }).strict(),
    output: z.object({ recorded: z.boolean() }),
  }),
  'scoring:overview': call({
    summary: '专家的申报列表：状态、当前总分、缺少的评语、未读文档',
    input: z.object({ reviewId: idSchema }).strict(),
    output: z.array(scoringOverviewRowSchema),
  }),
  'scoring:consistency': call({
    summary: '签名前的一致性检查：各领域排序、分差、离群、缺评语、未读文档',
    input: z.object({ reviewId: idSchema }).strict(),
    output: consistencyReportSchema,
  }),
  'programs:list': call({
    summary: '列出方案库 (每个方案的最新版本)',
    input: noInput,
    output: z.array(programSummarySchema),
  }),
  'programs:get': call({
    summary: '读取一个方案 (默认最新版本) 及其校验结果',
    input: z.object({ programId: idSchema, version: z.number().int().positive().optional() }).strict(),
    output: programDetailSchema,
  }),
  'programs:save': call({
    summary: '保存修改后的方案；被评审活动使用的版本不改动，另存为下一版本',
    input: z.object({ program: programSchema }).strict(),
    output: programDetailSchema,
  }),
  'programs:duplicate': call({
    summary: '复制方案 (含内置模板) 为可编辑的新方案',
    input: z.object({ programId: idSchema }).strict(),
    output: programDetailSchema,
  }),
  'programs:delete': call({
    summary: '删除未被使用的方案',
    input: z.object({ programId: idSchema }).strict(),
    output: z.object({ deleted: idSchema }),
  }),
  'programs:import-json': call({
    summary: '从 .json 文件导入方案',
    input: z.object({ fileName: fileNameSchema, text: z.string().max(10_485_760) }).strict(),
    output: programDetailSchema,
  }),
  'programs:export-json': call({
    summary: '把方案导出为 .json 文件',
    input: z.object({ programId: idSchema }).strict(),
    output: z.object({ fileName: fileNameSchema, text: z.string() }),
  }),
  'programs:import-rubric-xlsx': call({
    summary: '从 Excel 评分细则导入并替换方案中的一套评分细则',
    input: z.object({ programId: idSchema, rubricId: idSchema, fileName: fileNameSchema, base64: base64Schema }).strict(),
    output: programDetailSchema.extend({ warnings: z.array(validationIssueSchema) }),
  }),
  'programs:export-rubric-xlsx': call({
    summary: '把一套评分细则导出为 Excel',
    input: z.object({ programId: idSchema, rubricId: idSchema }).strict(),
    output: z.object({ fileName: fileNameSchema, base64: z.string() }),
  }),
  ...trustCalls,
} as const satisfies Record<ApiChannel, AnyCallSpec>;

/** The API's channel names. */
export type ApiName = keyof typeof apiContract;

/** The input type of a call. */
export type ApiInput<N extends ApiName> = z.input<(typeof apiContract)[N]['input']>;

/** The output type of a call. */
export type ApiOutput<N extends ApiName> = z.output<(typeof apiContract)[N]['output']>;

/** What a host implements: one async function per call, receiving input already parsed. */
export type ApiHandlers = { readonly [N in ApiName]: (input: z.output<(typeof apiContract)[N]['input']>) => Promise<ApiOutput<N>> | ApiOutput<N> };

/** What the renderer sees: one async function per call, returning the result envelope. */
export type ApiBridge = { readonly [N in ApiName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>> };

/** All channel names (from channels.ts, which the contract's keys must match exactly). */
export const apiNames: readonly ApiName[] = apiChannels;

/** True when `name` is a call of the contract (guards untrusted channel names). */
export function isApiName(name: string): name is ApiName {
  return Object.hasOwn(apiContract, name);
}
