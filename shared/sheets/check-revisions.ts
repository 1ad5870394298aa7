import { reasonOf, type Reason } from '../errors/reason.ts';
import { formatPoints } from '../scoring/decimal.ts';
import type { ScoreSheet, SheetRevision, UnsignedScoreSheet } from './sheet-schema.ts';

/** One score that differs between version N−1 and version N: `from` is null where N−1 did not score it. */
export interface ScoreChange {
  readonly submissionId: string;
  readonly criterionId: string;
  readonly from: number | null;
  readonly to: number;
}

type Scored = Pick<UnsignedScoreSheet, 'submissions'>;

/** The key of one score of a sheet: its submission and criterion (ids may contain any separator a join would use). */
export const pairKey = (submissionId: string, criterionId: string): string => JSON.stringify([submissionId, criterionId]);

/** Every score of a sheet by (submission, criterion). */
function scoresOf(sheet: Scored): Map<string, number> {
  return new Map(sheet.submissions.flatMap((s) => s.scores.map((c) => [pairKey(s.submissionId, c.criterionId), c.score] as const)));
}

/** The scores of `next` that differ from `previous` (or that `previous` did not give), in `next`'s order. */
export function scoreChanges(previous: Scored, next: Scored): ScoreChange[] {
  const before = scoresOf(previous);
  return next.submissions.flatMap((s) =>
    s.scores.flatMap((c) => {
      const from = before.get(pairKey(s.submissionId, c.criterionId)) ?? null;
      return from === c.score ? [] : [{ submissionId: s.submissionId, criterionId: c.criterionId, from, to: c.score }];
    }),
  );
}

// A score not given travels as '' (the catalogue names it in each language).
const shown = (points: number | null) => (points === null ? '' : formatPoints(points));

/**
 * Why an amended sheet's reasons do not account for its changes (by its catalogue code), or null when they do.
 * A sheet without `revisions` (written before reasons were recorded) is not checked; one with them
 * must name every score changed since `previous` (its N−1) with N−1's score as `from`, and a
 * confirmation (`from` equal to the score) must give the score N−1 gave.
 */
export function revisionProblem(previous: Scored, sheet: Pick<ScoreSheet, 'version' | 'submissions' | 'revisions'>): Reason | null {
  const revisions = sheet.revisions;
  if (revisions === undefined) return null;
  const before = scoresOf(previous);
  const byPair = new Map<string, SheetRevision>(revisions.map((r) => [pairKey(r.submissionId, r.criterionId), r]));
  const changes = scoreChanges(previous, sheet);
  const unexplained = changes.filter((c) => !byPair.has(pairKey(c.submissionId, c.criterionId)));
  const [first] = unexplained;
  if (first) {
    const params = { version: sheet.version, submissionId: first.submissionId, criterionId: first.criterionId, from: shown(first.from), to: shown(first.to) };
    return unexplained.length > 1 ? reasonOf('sheet-refusals.changes-unexplained', { ...params, count: unexplained.length }) : reasonOf('sheet-refusals.change-unexplained', params);
  }
  for (const r of revisions) {
    const from = before.get(pairKey(r.submissionId, r.criterionId)) ?? null;
    if (r.from !== from) {
      return reasonOf('sheet-refusals.revision-from', { version: sheet.version, submissionId: r.submissionId, criterionId: r.criterionId, from: shown(r.from), previousVersion: sheet.version - 1, previousScore: shown(from) });
    }
  }
  return null;
}
