import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { programSummarySchema } from '../../domain/program-summary.ts';
import { programSchema } from '../../domain/program.ts';
import { call, noInput, fileNameSchema, base64Schema } from '../define-calls.ts';

/** A problem found in a program or an imported file, with where it is. */
const validationIssueSchema = z.object({ path: z.string(), message: z.string() });
/** A program with its library facts and what validation finds in it. */
const programDetailSchema = z.object({
  program: programSchema,
  summary: programSummarySchema,
  versions: z.array(z.number().int().positive()),
  issues: z.array(validationIssueSchema),
});

/** The program library (评审方案) and the rubric editor: list, read, save, copy, delete, import and export. */
export const programsCalls = {
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
} as const;
