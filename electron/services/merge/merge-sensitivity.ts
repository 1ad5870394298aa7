import type { Database } from 'better-sqlite3';
import type { MergeSensitivity } from '../../../shared/domain/merge-sensitivity.ts';
import { rubricOfCategory } from '../../../shared/merge/merge-review.ts';
import { categorySensitivity } from '../../../shared/merge/sensitivity-report.ts';
import { mergeStateOf } from './merge-service.ts';

/**
 * The sensitivity report of a review's merge, per category (shared/merge/sensitivity-report.ts),
 * over the sheets that count now and the review's settings. Asked for on its own, not with every
 * view: leaving each expert out re-aggregates the whole category once per expert.
 */
export function mergeSensitivityOf(db: Database, reviewId: string): MergeSensitivity {
  const { context, outcome } = mergeStateOf(db, reviewId);
  return {
    rule: context.settings.aggregation.rule,
    // The report's readonly arrays, as the API's plain ones (the output is checked against the schema).
    categories: outcome.categories.map((c) => categorySensitivity(c, rubricOfCategory(context.program, c.id), context.settings)) as MergeSensitivity['categories'],
  };
}
