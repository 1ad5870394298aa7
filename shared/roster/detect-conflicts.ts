import { organisationOverlap } from './organisation-overlap.ts';

/** A conflict (回避) found by comparing an expert's organisation with an application's institutions. */
export interface DetectedConflict {
  readonly expertId: string;
  readonly submissionId: string;
  /** The application's institutions that are the expert's organisation. */
  readonly institutions: readonly string[];
  /** The reason recorded with the conflict, in Chinese. */
  readonly reason: string;
}

/** The reason a detected conflict is recorded with; recognisable, so a detected conflict can be told from a typed one. */
export function detectedConflictReason(institutions: readonly string[]): string {
  return `自动检测：专家单位与申报单位相同（${institutions.join('、')}）`;
}

/** Every (expert, application) pair where the expert's organisation is the lead school or a partner. */
export function detectConflicts(
  experts: readonly { id: string; organisation: string }[],
  submissions: readonly { id: string; applicant: string; partners: readonly string[] }[],
): DetectedConflict[] {
  return experts.flatMap((expert) =>
    submissions.flatMap((submission) => {
      const institutions = organisationOverlap(expert.organisation, [submission.applicant, ...submission.partners]);
      return institutions.length === 0 ? [] : [{ expertId: expert.id, submissionId: submission.id, institutions, reason: detectedConflictReason(institutions) }];
    }),
  );
}
