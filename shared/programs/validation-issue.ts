/**
 * A problem found in a program, rubric or imported sheet: where it is (a dotted path such as
 * `rubrics.0.sections.1.points`, or a sheet location such as `评分细则!D7`) and what is wrong, in Chinese.
 */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}
