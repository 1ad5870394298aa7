// Assigning applications to experts the way a secretary balances a panel by hand: every application
// of a category to N experts of that category's panel, never to one who must recuse, the load spread
// evenly, and the result deterministic (the same roster gives the same assignment).

/** An expert as the assignment sees them. */
export interface AssignableExpert {
  readonly id: string;
  /** Category ids the expert reviews; empty = every category. */
  readonly panel: readonly string[];
  /** Submissions the expert must not score (declared, recorded or detected 回避). */
  readonly recusedFrom: ReadonlySet<string>;
}

/** An application to assign. */
export interface AssignableSubmission {
  readonly id: string;
  readonly categoryId: string;
}

/** An application that got fewer experts than asked: too few non-conflicted experts in its panel. */
export interface AssignmentShortfall {
  readonly submissionId: string;
  readonly wanted: number;
  readonly got: number;
}

/** Each expert's assigned submissions (in the submissions' order), and where the panel fell short. */
export interface AutoAssignment {
  readonly byExpert: ReadonlyMap<string, readonly string[]>;
  readonly shortfalls: readonly AssignmentShortfall[];
}

/**
 * Assigns each submission to `perApplication` experts of its category's panel (null: to all of them),
 * skipping recused experts; among the eligible, the least loaded first, then roster order.
 */
export function autoAssign(experts: readonly AssignableExpert[], submissions: readonly AssignableSubmission[], perApplication: number | null): AutoAssignment {
  const load = new Map(experts.map((e) => [e.id, 0]));
  const byExpert = new Map<string, string[]>(experts.map((e) => [e.id, []]));
  const shortfalls: AssignmentShortfall[] = [];
  for (const submission of submissions) {
    const eligible = experts.filter((e) => (e.panel.length === 0 || e.panel.includes(submission.categoryId)) && !e.recusedFrom.has(submission.id));
    const wanted = perApplication ?? eligible.length;
    // A stable sort keeps roster order among equally loaded experts.
    const chosen = [...eligible].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0)).slice(0, wanted);
    for (const expert of chosen) {
      load.set(expert.id, (load.get(expert.id) ?? 0) + 1);
      byExpert.get(expert.id)?.push(submission.id);
    }
    if (chosen.length < wanted || chosen.length === 0) shortfalls.push({ submissionId: submission.id, wanted: Math.max(wanted, 1), got: chosen.length });
  }
  return { byExpert, shortfalls };
}
