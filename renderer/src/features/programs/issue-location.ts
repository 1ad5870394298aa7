import type { Program } from '../../../../shared/domain/program.ts';
import type { ValidationIssue } from '../../../../shared/programs/validation-issue.ts';
import type { NodeRef } from './program-editor-state.ts';

/** Where an issue points in the editor: which rubric, and which section or criterion. */
export interface IssueLocation {
  readonly rubricId: string | null;
  readonly node: NodeRef | null;
}

/** Maps a validation path such as `rubrics.0.sections.1.criteria.2.bands` to the editor's node. */
export function locateIssue(program: Program, issue: ValidationIssue): IssueLocation {
  const match = /^rubrics\.(\d+)(?:\.sections\.(\d+)(?:\.criteria\.(\d+))?)?/.exec(issue.path);
  if (!match) return { rubricId: null, node: null };
  const rubric = program.rubrics[Number(match[1])];
  if (!rubric) return { rubricId: null, node: null };
  const section = match[2] === undefined ? undefined : rubric.sections[Number(match[2])];
  const criterion = match[3] === undefined ? undefined : section?.criteria[Number(match[3])];
  if (criterion) return { rubricId: rubric.id, node: { kind: 'criterion', criterionId: criterion.id } };
  if (section) return { rubricId: rubric.id, node: { kind: 'section', sectionId: section.id } };
  return { rubricId: rubric.id, node: { kind: 'rubric' } };
}

/** Ids of the sections and criteria of one rubric that have issues, for marking tree nodes. */
export function nodesWithIssues(program: Program, issues: readonly ValidationIssue[], rubricId: string): Set<string> {
  const ids = new Set<string>();
  for (const issue of issues) {
    const { rubricId: where, node } = locateIssue(program, issue);
    if (where !== rubricId || !node) continue;
    if (node.kind === 'section') ids.add(node.sectionId);
    if (node.kind === 'criterion') ids.add(node.criterionId);
  }
  return ids;
}
