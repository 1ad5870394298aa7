import type { MergeDiscussion, RoundExpert } from '../domain/merge-discussion.ts';
import type { MergeReport } from '../domain/merge-view.ts';
import { exactOf, figureOf, meanOf, type ExactValue } from './exact.ts';

type Flag = MergeReport['categories'][number]['ranking'][number]['flags'][number];

/** One expert's counted scoring of the application now: its sheet's version, total, per-criterion scores, and that version's reasons for it. */
export interface CountedScoring {
  readonly expertId: string;
  readonly name: string;
  readonly version: number;
  readonly total: number;
  readonly scores: Readonly<Record<string, number>>;
  readonly revisions: readonly { readonly criterionId: string; readonly from: number | null; readonly reason: string }[];
}

/** A round as stored when a discussion opens: the flags, each counted expert, the figures, and every score (to tell later what changed). */
export interface RoundSnapshot {
  readonly flags: readonly Flag[];
  readonly experts: readonly RoundExpert[];
  readonly figures: MergeDiscussion['round1']['figures'];
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** The mean and range of the counted totals, exact, rounded once as every published figure. */
export function roundFigures(totals: readonly number[]): MergeDiscussion['round1']['figures'] {
  const exact = totals.map(exactOf);
  if (exact.length === 0) return { mean: null, range: null, panel: 0 };
  const sorted = [...exact].sort((a, b) => a.comparedTo(b));
  return { mean: figureOf(meanOf(exact) as ExactValue).value, range: figureOf((sorted.at(-1) as ExactValue).minus(sorted[0] as ExactValue)).value, panel: exact.length };
}

/** The application's round as the merge has it now: its flags and each counted expert's scoring. */
export function roundSnapshot(flags: readonly Flag[], counted: readonly CountedScoring[]): RoundSnapshot {
  return {
    flags: [...flags],
    experts: counted.map((c) => ({ expertId: c.expertId, name: c.name, version: c.version, total: c.total })),
    figures: roundFigures(counted.map((c) => c.total)),
    scores: Object.fromEntries(counted.map((c) => [c.expertId, c.scores])),
  };
}

/**
 * What each concerned expert changed since round 1: every criterion whose score differs (from → to,
 * with the reason the newer sheet gives, null where it gives none: a sheet signed without reasons),
 * and the scores a newer sheet confirms with a reason. A sheet of the same version as in round 1
 * changed nothing in this round, whatever reasons it carries from an earlier one.
 */
export function changesSince(round1: RoundSnapshot, now: readonly CountedScoring[], concerned: readonly string[], titleOf: (criterionId: string) => string): MergeDiscussion['changes'] {
  return concerned.map((expertId) => {
    const before = round1.scores[expertId] ?? {};
    const then = round1.experts.find((e) => e.expertId === expertId)?.version ?? null;
    const current = now.find((c) => c.expertId === expertId);
    if (!current || (then !== null && current.version <= then)) return { expertId, confirmed: [], changed: [] };
    const after = current.scores;
    const reasons = new Map(current.revisions.map((r) => [r.criterionId, r]));
    const criteria = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changed = criteria
      .filter((id) => before[id] !== after[id])
      .map((id) => ({ criterionId: id, criterionTitle: titleOf(id), from: before[id] ?? null, to: after[id] ?? null, reason: reasons.get(id)?.reason ?? null }));
    const confirmed = current.revisions
      .filter((r) => before[r.criterionId] !== undefined && before[r.criterionId] === after[r.criterionId])
      .map((r) => ({ criterionId: r.criterionId, criterionTitle: titleOf(r.criterionId), reason: r.reason }));
    return { expertId, confirmed, changed };
  });
}
