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

const en = z.locales.en().localeError;

/** chineseErrorMap's cases in English, for the English screens; zod's own English for the rest. */
export const englishErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${String(issue.minimum)} items`;
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
  if (issue.code === 'too_small' && issue.origin === 'number') return issue.inclusive ? `must not be less than ${String(issue.minimum)}` : `must be more than ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return issue.inclusive ? `must not be more than ${String(issue.maximum)}` : `must be less than ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'must be a whole number';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'must be a number';
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'must be a valid date, YYYY-MM-DD (e.g. 2027-05-25)';
  return en(issue);
};

const CJK = /[\u3400-\u9fff\uff00-\uffef]/u;

/**
 * An issue's message for the English screens, from a parse with englishErrorMap: a message the
 * schema wrote in Chinese gives its English twin (`params.en`, where the schema has one), or else
 * says what kind of problem it is; never Chinese words on an English screen.
 */
export function englishMessage(issue: z.core.$ZodIssue): string {
  if (!CJK.test(issue.message)) return issue.message;
  const twin = (issue as { params?: { en?: unknown } }).params?.en;
  if (typeof twin === 'string') return twin;
  return issue.code === 'invalid_format' ? 'is not in the required form' : 'is not valid here';
}

/** Zod issues as ValidationIssues: the path joined with '.', the message as zod (or the schema) gave it. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
