import { z } from 'zod';
import type { ValidationIssue } from './validation-issue.ts';

const zhCN = z.locales.zhCN().localeError;

/**
 * Zod's error map for files people edit by hand: plain Chinese for the common cases (missing
 * field, empty list or text), zod's own zh-CN locale for the rest. Passed per parse, not set
 * globally, so other parsers keep their own messages.
 */
export const chineseErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return '缺少此项';
  if (issue.code === 'too_small' && issue.origin === 'array') return `至少需要 ${String(issue.minimum)} 项`;
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return '不能为空';
  if (issue.code === 'too_big' && issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字符`;
  // zod's own wording for numbers and dates ("数值过小：期望 number >=0") reads like a type error to a coordinator.
  if (issue.code === 'too_small' && issue.origin === 'number') return issue.inclusive ? `不能小于 ${String(issue.minimum)}` : `须大于 ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return issue.inclusive ? `不能大于 ${String(issue.maximum)}` : `须小于 ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return '须为整数';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return '须为数字';
  if (issue.code === 'invalid_format' && issue.format === 'date') return '须为有效日期，格式 YYYY-MM-DD（如 2027-05-25）';
  return zhCN(issue);
};

/** Zod issues as ValidationIssues: the path joined with '.', the message as zod (or the schema) gave it. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
