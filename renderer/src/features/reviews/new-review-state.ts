import { newReviewSchema, type NewReviewInput } from '../../../../shared/domain/new-review.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import { chineseErrorMap } from '../../../../shared/programs/zod-issues.ts';

/** The 新建评审 form: the choices as typed, before they are checked. */
export interface NewReviewDraft {
  readonly title: string;
  readonly programId: string | null;
  readonly programVersion: number | null;
  readonly categories: readonly { readonly id: string; readonly name: string; readonly quota: number | null; readonly selected: boolean }[];
  readonly deadline: string;
  /** Who runs the review (评审组织单位); the program's issuer until the coordinator types another. */
  readonly organisation: string;
  /** Whether the coordinator typed the organisation (then choosing another program keeps it). */
  readonly organisationTyped: boolean;
}

/** An empty form. */
export const emptyNewReview: NewReviewDraft = { title: '', programId: null, programVersion: null, categories: [], deadline: '', organisation: '', organisationTyped: false };

/** The form once a program is chosen: all its categories taken, with its quotas and deadline; the organisation its issuer unless one was typed (the title is kept). */
export function draftFromProgram(draft: NewReviewDraft, program: Program): NewReviewDraft {
  return {
    ...draft,
    programId: program.id,
    programVersion: program.version,
    categories: program.categories.map((c) => ({ id: c.id, name: c.name, quota: c.quota, selected: true })),
    deadline: program.deadline,
    organisation: draft.organisationTyped ? draft.organisation : program.issuer,
  };
}

/** The organisation typed by the coordinator. */
export function editOrganisation(draft: NewReviewDraft, organisation: string): NewReviewDraft {
  return { ...draft, organisation, organisationTyped: true };
}

/** One category taken or left, or its quota changed. */
export function editCategory(draft: NewReviewDraft, id: string, change: { selected?: boolean; quota?: number | null }): NewReviewDraft {
  return { ...draft, categories: draft.categories.map((c) => (c.id === id ? { ...c, ...change } : c)) };
}

/** The call's input, or the first problem in Chinese (the same schema the services check). */
export function newReviewInput(draft: NewReviewDraft): { ok: true; input: NewReviewInput } | { ok: false; problem: string } {
  const parsed = newReviewSchema.safeParse(
    {
      title: draft.title,
      programId: draft.programId ?? '',
      categories: draft.categories.filter((c) => c.selected).map((c) => ({ id: c.id, quota: c.quota ?? Number.NaN })),
      deadline: draft.deadline.trim(),
      organisation: draft.organisation,
    },
    { error: chineseErrorMap },
  );
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, problem: draft.programId === null ? '请选择评审方案' : (parsed.error.issues[0]?.message ?? '输入有误') };
}
