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

const shown = (points: number | null) => (points === null ? '未评' : formatPoints(points));

/**
 * Why an amended sheet's reasons do not account for its changes, in Chinese, or null when they do.
 * A sheet without `revisions` (written before reasons were recorded) is not checked; one with them
 * must name every score changed since `previous` (its N−1) with N−1's score as `from`, and a
 * confirmation (`from` equal to the score) must give the score N−1 gave.
 */
export function revisionProblem(previous: Scored, sheet: Pick<ScoreSheet, 'version' | 'submissions' | 'revisions'>): string | null {
  const revisions = sheet.revisions;
  if (revisions === undefined) return null;
  const before = scoresOf(previous);
  const byPair = new Map<string, SheetRevision>(revisions.map((r) => [pairKey(r.submissionId, r.criterionId), r]));
  const at = (r: { submissionId: string; criterionId: string }) => `申报「${r.submissionId}」评分项「${r.criterionId}」`;
  const changes = scoreChanges(previous, sheet);
  const unexplained = changes.filter((c) => !byPair.has(pairKey(c.submissionId, c.criterionId)));
  const [first] = unexplained;
  if (first) {
    const more = unexplained.length > 1 ? `等 ${String(unexplained.length)} 项得分` : '';
    return `第 ${String(sheet.version)} 版修改了${at(first)}（${shown(first.from)} → ${shown(first.to)}）${more}，但没有写明修改理由`;
  }
  for (const r of revisions) {
    const from = before.get(pairKey(r.submissionId, r.criterionId)) ?? null;
    if (r.from !== from) return `第 ${String(sheet.version)} 版为${at(r)}记录的原分 ${shown(r.from)} 与第 ${String(sheet.version - 1)} 版的 ${shown(from)} 不符`;
  }
  return null;
}
