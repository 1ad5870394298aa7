import type { SheetChanges, SheetScoreChange } from '../../../../shared/domain/trust-views.ts';
import { pairKey } from '../../../../shared/sheets/check-revisions.ts';

/** The key of one score in the reasons being written: its submission and criterion. */
export function reasonKey(change: Pick<SheetScoreChange, 'submissionId' | 'criterionId'>): string {
  return pairKey(change.submissionId, change.criterionId);
}

/** The reasons typed so far, by reasonKey. */
export type ReasonDrafts = Readonly<Record<string, string>>;

/** The changed scores still without a reason (blank does not count): signing waits for them. */
export function missingReasons(changes: SheetChanges, drafts: ReasonDrafts): SheetScoreChange[] {
  return changes.scores.filter((c) => c.changed && (drafts[reasonKey(c)] ?? '').trim() === '');
}

/** What signing sends: every non-blank reason, for a changed score or as the confirmation of an unchanged one, in the sheet's order. */
export function reasonsToSign(changes: SheetChanges, drafts: ReasonDrafts): { submissionId: string; criterionId: string; reason: string }[] {
  return changes.scores.flatMap((c) => {
    const reason = (drafts[reasonKey(c)] ?? '').trim();
    return reason === '' ? [] : [{ submissionId: c.submissionId, criterionId: c.criterionId, reason }];
  });
}
