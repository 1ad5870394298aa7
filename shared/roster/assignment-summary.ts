import type { ReviewDetail } from '../domain/review.ts';
import type { RosterExpert } from '../domain/trust-views.ts';
import { organisationOverlap } from './organisation-overlap.ts';

/** What the coordinator sees of one expert's assignment: their fields (领域) and where they should recuse. */
export interface AssignmentSummary {
  /** The fields of the applications assigned, in the review's order, with how many of each. */
  readonly fields: readonly { readonly fieldId: string; readonly name: string; readonly count: number }[];
  /** Applications whose applicant or partner is the expert's organisation, with no 回避 recorded yet. */
  readonly overlaps: readonly { readonly submissionId: string; readonly institutions: readonly string[] }[];
}

/** The expert's fields and organisation overlaps, from the roster entry and the review. */
export function assignmentSummary(expert: RosterExpert, review: Pick<ReviewDetail, 'fields' | 'submissions'>): AssignmentSummary {
  const assigned = new Set(expert.submissionIds);
  const recused = new Set(expert.conflicts.map((c) => c.submissionId));
  const fields = review.fields
    .map((f) => ({ fieldId: f.id, name: f.name, count: review.submissions.filter((s) => s.fieldId === f.id && assigned.has(s.id)).length }))
    .filter((f) => f.count > 0);
  const overlaps = review.submissions
    .filter((s) => !recused.has(s.id))
    .map((s) => ({ submissionId: s.id, institutions: organisationOverlap(expert.organisation, [s.applicant, ...s.partners]) }))
    .filter((o) => o.institutions.length > 0);
  return { fields, overlaps };
}
