import { programSchema } from '../domain/program.ts';
import type { Program } from '../domain/program.ts';
import { validateProgram } from './validate-program.ts';
import type { ValidationIssue } from './validation-issue.ts';
import { chineseErrorMap, fromZodIssues } from './zod-issues.ts';

/** Problems of a program outside its rubrics: the schema first, then validateProgram's cross-checks. */
function factIssues(program: Program): ValidationIssue[] {
  const parsed = programSchema.safeParse(program, { error: chineseErrorMap });
  const schema = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  // Rubric problems are the rubric editor's to show (it lets a rubric be invalid while it is reworked).
  return [...schema, ...validateProgram(program)].filter((issue) => !issue.path.startsWith('rubrics.'));
}

const keyOf = (issue: ValidationIssue) => `${issue.path}\u0000${issue.message}`;

/**
 * Why an edit of a program's facts must be refused: the problems outside the rubrics that `after`
 * has and `before` did not (the program's zod schema, then validateProgram). Empty = the edit is
 * valid. Only new problems count, so one already there (an older file) does not block every edit.
 */
export function factEditIssues(before: Program, after: Program): ValidationIssue[] {
  const known = new Set(factIssues(before).map(keyOf));
  return factIssues(after).filter((issue) => !known.has(keyOf(issue)));
}
