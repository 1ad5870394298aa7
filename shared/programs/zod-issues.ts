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
  return zhCN(issue);
};

/** Zod issues as ValidationIssues: the path joined with '.', the message as zod (or the schema) gave it. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
