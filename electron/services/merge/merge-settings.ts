import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { MergeView } from '../../../shared/domain/merge-view.ts';
import { appendAudit } from '../db/audit-log.ts';
import { requireReview } from '../reviews/require-review.ts';
import { listFinals, saveMergeSettings, type ReviewMergeSettings } from './merge-repository.ts';
import { mergeContextOf, mergeViewOf } from './merge-service.ts';

/**
 * Sets how a review merges: the rule that ranks and where the trimmed mean trims (the experts'
 * totals, or each criterion's scores before adding up). The merge, the board, the Excel and the
 * signed result all read it through mergeContextOf, the same path as the command line's --rule and
 * --trim-on. Refused while any category's list is final (its ranking would change under it). Audited
 * with the settings before and after.
 */
export function setMergeSettings(db: Database, input: { reviewId: string } & ReviewMergeSettings): MergeView {
  const { reviewId, rule, trimOn } = input;
  requireReview(db, reviewId);
  if (listFinals(db, reviewId).length > 0) throw domainError('merge.settings-final', {});
  const { aggregation, trimOn: trimBefore } = mergeContextOf(db, reviewId).settings;
  const before = { rule: aggregation.rule, trimOn: trimBefore };
  if (before.rule === rule && before.trimOn === trimOn) return mergeViewOf(db, reviewId);
  db.transaction(() => {
    saveMergeSettings(db, reviewId, { rule, trimOn });
    appendAudit(db, 'merge.settings-changed', reviewId, { before, after: { rule, trimOn } });
  })();
  return mergeViewOf(db, reviewId);
}
