import type { MergeBoard } from '../domain/merge-view.ts';

/** What the board needs of the roster: each expert's assignments and the 回避 the coordinator recorded. */
export interface BoardExpert {
  readonly id: string;
  readonly name: string;
  readonly submissionIds: readonly string[];
  readonly conflicts: readonly string[];
}

/** What the board needs of a counted sheet. */
export interface BoardSheet {
  readonly expertId: string;
  readonly name: string;
  readonly version: number;
  readonly signedAt: string;
  readonly scored: readonly string[];
  readonly recused: readonly string[];
}

/**
 * The merge board: every roster expert (then any expert counted at first sight) × every category.
 * A cell is received when the expert's current sheet scores or recuses an application of it,
 * conflict when two different sheets of one version are held back, held when a sheet waits for its
 * key to be confirmed (and no current sheet covers the cell), recused when every application
 * assigned there is recused, missing when something is assigned and no sheet has come, none otherwise.
 */
export function mergeBoard(
  roster: readonly BoardExpert[],
  review: { readonly fields: readonly { readonly id: string }[]; readonly submissions: readonly { readonly id: string; readonly fieldId: string }[] },
  counted: readonly BoardSheet[],
  conflicting: ReadonlySet<string>,
  heldForKey: ReadonlySet<string> = new Set(),
): MergeBoard {
  const fieldOf = new Map(review.submissions.map((s) => [s.id, s.fieldId]));
  const sheets = new Map(counted.map((c) => [c.expertId, c]));
  const onRoster = new Set(roster.map((e) => e.id));
  const rows = [
    ...roster.map((e) => ({ id: e.id, name: e.name, onRoster: true, assigned: [...e.submissionIds, ...e.conflicts], conflicts: new Set(e.conflicts) })),
    ...counted.filter((c) => !onRoster.has(c.expertId)).map((c) => ({ id: c.expertId, name: c.name, onRoster: false, assigned: [...c.scored, ...c.recused], conflicts: new Set(c.recused) })),
  ];
  return rows.map((row) => {
    const sheet = sheets.get(row.id);
    const cells = review.fields.map((field) => {
      const inField = (ids: readonly string[]) => ids.filter((id) => fieldOf.get(id) === field.id);
      const none = { categoryId: field.id, version: null, signedAt: null };
      if (conflicting.has(row.id)) return { ...none, state: 'conflict' as const };
      if (sheet && (inField(sheet.scored).length > 0 || inField(sheet.recused).length > 0)) {
        const state = inField(sheet.scored).length === 0 ? ('recused' as const) : ('received' as const);
        return { categoryId: field.id, state, version: sheet.version, signedAt: sheet.signedAt };
      }
      const assigned = inField(row.assigned);
      if (heldForKey.has(row.id) && assigned.length > 0) return { ...none, state: 'held' as const };
      if (assigned.length === 0) return { ...none, state: 'none' as const };
      if (assigned.every((id) => row.conflicts.has(id))) return { ...none, state: 'recused' as const };
      return { ...none, state: 'missing' as const };
    });
    return { expertId: row.id, name: row.name, onRoster: row.onRoster, cells };
  });
}
