import { programFormat, programSchema } from '../domain/program.ts';
import type { Program } from '../domain/program.ts';
import { validateRubric } from './validate-rubric.ts';
import type { ValidationIssue } from './validation-issue.ts';
import { chineseErrorMap, fromZodIssues } from './zod-issues.ts';
import { quoted } from '../text/message-slots.ts';

/** Issues for every repeated id in a list, at `<list>.<index>.id` of the repeat. */
function duplicates(items: readonly { id: string }[], list: string, what: string): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: `${list}.${index}.id`, message: `${what} id「${item.id}」重复` });
    seen.add(item.id);
  });
  return issues;
}

/** Problems with how experts' totals are combined and ties broken. */
function aggregationIssues(program: Program): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { aggregation } = program;
  if (aggregation.rule === 'trimmed-mean' && !(aggregation.trimMinimumPanel > 2 * aggregation.trimCount)) {
    issues.push({
      path: 'aggregation.trimMinimumPanel',
      message: `去掉最高分和最低分各 ${aggregation.trimCount} 个后须至少留下一个分数：去极值所需最少专家数须大于 ${2 * aggregation.trimCount}（现为 ${aggregation.trimMinimumPanel}）`,
    });
  }
  if (!(aggregation.minimumPanel >= 1)) {
    issues.push({ path: 'aggregation.minimumPanel', message: `最少专家数须至少为 1（现为 ${aggregation.minimumPanel}）` });
  }
  // A section tie-break compares section scores, so every rubric a category uses must have that section.
  const usedRubricIds = new Set(program.categories.map((category) => category.rubricId));
  const used = program.rubrics.filter((rubric) => usedRubricIds.has(rubric.id));
  aggregation.tieBreak.forEach((step, index) => {
    if (step.kind !== 'section') return;
    const lacking = used.filter((rubric) => !rubric.sections.some((section) => section.id === step.sectionId));
    if (lacking.length > 0) {
      issues.push({
        path: `aggregation.tieBreak.${index}.sectionId`,
        message: `同分排序所用的一级指标「${step.sectionId}」不在评分细则${lacking.map((rubric) => quoted(rubric.title, '未命名')).join('、')}中`,
      });
    }
  });
  return issues;
}

/**
 * Problems in a schema-valid program, in Chinese with dotted paths: each rubric's own problems
 * (prefixed `rubrics.N.`), duplicate ids, categories naming an unknown rubric, aggregation
 * settings that cannot work, and tie-breaks on a section some used rubric lacks.
 */
export function validateProgram(program: Program): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (program.categoryLabel.trim() === '') issues.push({ path: 'categoryLabel', message: '分类名称（如「领域」「项目类型」）不能为空' });
  program.rubrics.forEach((rubric, index) => {
    for (const issue of validateRubric(rubric)) issues.push({ path: `rubrics.${index}.${issue.path}`, message: issue.message });
  });
  issues.push(...duplicates(program.rubrics, 'rubrics', '评分细则'));
  issues.push(...duplicates(program.categories, 'categories', `${program.categoryLabel.trim() || '分类'}`));
  const rubricIds = new Set(program.rubrics.map((rubric) => rubric.id));
  program.categories.forEach((category, index) => {
    if (!rubricIds.has(category.rubricId)) {
      issues.push({ path: `categories.${index}.rubricId`, message: `${quoted(category.name, '未命名分类')}所用的评分细则「${category.rubricId}」不存在` });
    }
  });
  issues.push(...duplicates(program.outcomeFloors, 'outcomeFloors', '成效指标'));
  issues.push(...duplicates(program.requiredMaterials, 'requiredMaterials', '申报材料'));
  issues.push(...duplicates(program.applicantTypes, 'applicantTypes', '申报主体类型'));
  issues.push(...aggregationIssues(program));
  return issues;
}

/** The outcome of reading a program file. */
export type ParseProgramResult = { ok: true; program: Program } | { ok: false; issues: ValidationIssue[] };

const formatPattern = /^pingshen\.program\/(\d+)(?:\.\d+)*$/;

/** Refuses a file that is not a program, or a program of a major version this build does not read. */
function formatIssue(json: unknown): ValidationIssue | null {
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format === undefined) return { path: 'format', message: '不是评审方案文件 (缺少 format)' };
  if (typeof format !== 'string') return { path: 'format', message: '不是评审方案文件 (format 不是文本)' };
  const major = formatPattern.exec(format)?.[1];
  if (major === undefined) return { path: 'format', message: `不是评审方案文件 (format 为 ${format})` };
  if (`pingshen.program/${Number(major)}` !== programFormat) {
    return { path: 'format', message: `方案格式版本 pingshen.program/${major} 不受支持 (本程序支持 ${programFormat})` };
  }
  return null;
}

/**
 * Reads a program from parsed JSON: the format first (so a wrong file gets one clear message
 * rather than a page of schema issues), then the schema, then validateProgram.
 */
export function parseProgram(json: unknown): ParseProgramResult {
  const wrongFormat = formatIssue(json);
  if (wrongFormat) return { ok: false, issues: [wrongFormat] };
  const parsed = programSchema.safeParse(json, { error: chineseErrorMap });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = validateProgram(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, program: parsed.data };
}
