import type { Reason } from '../errors/reason.ts';
import type { HeldSheet } from '../domain/merge-view.ts';
import type { ScoreSheet } from '../sheets/sheet-schema.ts';

/** A file a merge refused, with the reason; nothing of it is used. */
export interface SheetRefusal {
  readonly source: string;
  readonly code: string;
  /** In Chinese (the CLI, the audit). */
  readonly reason: string;
  /** The same reason by its catalogue code and parameters, for the UI's language. */
  readonly why: Reason;
  readonly fingerprint: string | null;
  /** Refused only because its key is not enrolled for its expert: the coordinator may still confirm it. */
  readonly pending: boolean;
  /** For a sheet that verified on its own (refused by the version chain, or held for its key): whose, which version, its digest. */
  readonly expertId: string | null;
  readonly version: number | null;
  readonly digest: string | null;
}

/**
 * The stored sheets the coordinator must act on: those held for their key (confirm its fingerprint)
 * and the different sheets of one expert and version (choose one), each naming the others. A
 * conflict no longer matters once a newer version of that expert counts, and is not listed.
 * `sheets` are the stored sheets that verified on their own (held ones included), for the names.
 */
export function heldSheetsOf(
  refused: readonly SheetRefusal[],
  counted: readonly { readonly expertId: string; readonly version: number }[],
  sheets: readonly { readonly digest: string; readonly sheet: ScoreSheet }[],
): HeldSheet[] {
  const byDigest = new Map(sheets.map((s) => [s.digest, s.sheet]));
  const countedVersion = new Map(counted.map((c) => [c.expertId, c.version]));
  const entry = (r: SheetRefusal, kind: HeldSheet['kind'], others: HeldSheet['others']): HeldSheet[] => {
    const sheet = r.digest === null ? undefined : byDigest.get(r.digest);
    if (!sheet || r.digest === null) return [];
    return [{ kind, file: r.source, digest: r.digest, expertId: sheet.expert.id, name: sheet.expert.name, version: sheet.version, fingerprint: r.fingerprint ?? '', reason: r.reason, why: r.why, others }];
  };
  const conflicts = refused.filter((r) => r.code === 'version_conflict' && r.expertId !== null && (r.version ?? 0) > (countedVersion.get(r.expertId) ?? 0));
  return [
    ...refused.filter((r) => r.pending).flatMap((r) => entry(r, 'key', [])),
    ...conflicts.flatMap((r) =>
      entry(r, 'conflict', conflicts.filter((o) => o !== r && o.expertId === r.expertId && o.version === r.version).map((o) => ({ file: o.source, digest: o.digest ?? '' }))),
    ),
  ];
}

/** The categories among `finals` that a sheet scores or recuses in: a new sheet there would change a final list. */
export function finalCategoriesTouched(
  sheet: Pick<ScoreSheet, 'submissions' | 'conflicts'>,
  review: { readonly submissions: readonly { readonly id: string; readonly fieldId: string }[] },
  finals: ReadonlySet<string>,
): string[] {
  const fieldOf = new Map(review.submissions.map((s) => [s.id, s.fieldId]));
  const touched = [...sheet.submissions.map((s) => s.submissionId), ...sheet.conflicts.map((c) => c.submissionId)].flatMap((id) => fieldOf.get(id) ?? []);
  return [...new Set(touched)].filter((f) => finals.has(f)).sort();
}
