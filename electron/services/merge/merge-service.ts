import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { MergeView } from '../../../shared/domain/merge-view.ts';
import { defaultDeviationShare } from '../../../shared/merge/aggregate-application.ts';
import { decisionNeedsReason, suggestedDecision, type Decision } from '../../../shared/merge/decisions.ts';
import { mergeBoard } from '../../../shared/merge/merge-board.ts';
import { sheetTooLarge, SHEET_SIZE_LIMIT } from '../../../shared/sheets/verify-sheet.ts';
import { appendAudit } from '../db/audit-log.ts';
import { listIssuedPackageDigests } from '../packages/package-repository.ts';
import { requireReview, requireSubmission } from '../reviews/require-review.ts';
import { listRoster } from '../roster/roster-repository.ts';
import { programForReview } from '../scoring/review-program.ts';
import { insertReceivedSheet, listDecisions, listFinals, listReceivedSheets, setDecision, setFinal } from './merge-repository.ts';
import { mergeReportJson } from './merge-report.ts';
import { mergeSheets, verifyEach, type MergeContext } from './merge-sheets.ts';
import type { SheetSource } from './read-sheet-sources.ts';

/** The merge context of a review held here as coordinator: its roster's keys, its issued packages, its pinned program. */
export function mergeContextOf(db: Database, reviewId: string): MergeContext {
  const review = requireReview(db, reviewId);
  const program = programForReview(db, reviewId);
  const roster = listRoster(db, reviewId);
  return {
    reviewId,
    packageDigests: new Set(listIssuedPackageDigests(db, reviewId)),
    enrolledKeys: new Map(roster.flatMap((e) => (e.publicKey ? [[e.id, e.publicKey] as const] : []))),
    rosterIds: new Set(roster.map((e) => e.id)),
    assignments: new Map(roster.map((e) => [e.id, new Set(e.submissionIds)])),
    knownConflicts: new Map(roster.map((e) => [e.id, new Set(e.conflicts.map((c) => c.submissionId))])),
    review,
    program,
    settings: { aggregation: program.aggregation, trimOn: 'totals', deviationShare: defaultDeviationShare },
  };
}

/** The merge of every sheet received so far, the board, and what the last drop did. */
export function mergeViewOf(db: Database, reviewId: string, lastDrop: MergeView['lastDrop'] = null): MergeView {
  const context = mergeContextOf(db, reviewId);
  const outcome = mergeSheets(listReceivedSheets(db, reviewId).map((s) => ({ source: s.fileName, bytes: s.bytes })), context);
  // A conflict between two sheets of one version matters while no newer version counts.
  const countedVersion = new Map(outcome.counted.map((c) => [c.expertId, c.version]));
  const conflictingExperts = new Set(
    outcome.refused.flatMap((r) => (r.code === 'version_conflict' && r.expertId !== null && (r.version ?? 0) > (countedVersion.get(r.expertId) ?? 0) ? [r.expertId] : [])),
  );
  const roster = listRoster(db, reviewId).map((e) => ({ id: e.id, name: e.name, submissionIds: e.submissionIds, conflicts: e.conflicts.map((c) => c.submissionId) }));
  return {
    board: mergeBoard(roster, context.review, outcome.counted, conflictingExperts),
    report: mergeReportJson(outcome, reviewId, context.settings.aggregation.rule),
    decisions: listDecisions(db, reviewId),
    finals: listFinals(db, reviewId),
    lastDrop,
  };
}

/**
 * Records the coordinator's decision for an application (null clears it). One that departs from
 * what the current ranking suggests (推荐 within the quota, 候补 after it, 不推荐 out of it; nothing
 * at a tie across the quota line) needs a reason. Audited with the suggestion it departs from.
 */
export function decide(db: Database, input: { reviewId: string; submissionId: string; decision: Decision | null; reason: string }): MergeView {
  const { reviewId, submissionId } = input;
  const { submission } = requireSubmission(db, reviewId, submissionId);
  if (listFinals(db, reviewId).some((f) => f.categoryId === submission.fieldId)) {
    throw new ApiFailure('conflict', '该领域的推荐名单已确定，决定不能再改；如需修改，请先「重新打开」该领域');
  }
  const reason = input.reason.trim();
  // One merge (every stored sheet re-verified) serves both the check and the answer: a decision changes no figure.
  const view = mergeViewOf(db, reviewId);
  const standing = view.report.categories.flatMap((c) => c.ranking).find((a) => a.submissionId === submissionId)?.standing ?? 'excluded';
  if (input.decision !== null && decisionNeedsReason(standing, input.decision) && reason === '') {
    throw new ApiFailure('invalid_input', '此决定与排名的建议不同（或名额线上并列），请填写理由');
  }
  db.transaction(() => {
    setDecision(db, { reviewId, submissionId }, input.decision === null ? null : { decision: input.decision, reason });
    appendAudit(db, 'merge.decided', reviewId, { submissionId, decision: input.decision, reason, suggested: suggestedDecision(standing), standing });
  })();
  return { ...view, decisions: listDecisions(db, reviewId) };
}

/**
 * Receives dropped sheet files for a review: each is verified on its own against the review
 * (mergeContextOf); those that pass are stored verbatim, each with an audit entry; those that fail
 * are refused with their reason, and nothing of them is kept. The same file again changes nothing.
 * Which version counts, and version conflicts, are decided by the merge over everything stored.
 */
export function receiveSheets(db: Database, reviewId: string, files: readonly { fileName: string; bytes: Uint8Array }[]): MergeView {
  const context = mergeContextOf(db, reviewId);
  const sources: SheetSource[] = files.map((f) =>
    f.bytes.length > SHEET_SIZE_LIMIT ? { source: f.fileName, failure: { code: 'too_large', message: sheetTooLarge(f.bytes.length).message } } : { source: f.fileName, bytes: f.bytes },
  );
  const { verified, refused } = verifyEach(sources, context);
  let stored = 0;
  db.transaction(() => {
    for (const v of verified) {
      const added = insertReceivedSheet(db, { reviewId, digest: v.digest, expertId: v.sheet.expert.id, version: v.sheet.version, fileName: v.source, bytes: v.bytes, fingerprint: v.fingerprint });
      if (!added) continue;
      stored += 1;
      appendAudit(db, 'sheet.received', reviewId, { file: v.source, digest: v.digest, expertId: v.sheet.expert.id, version: v.sheet.version, fingerprint: v.fingerprint });
    }
    for (const r of refused) appendAudit(db, 'sheet.refused', reviewId, { file: r.source, code: r.code, fingerprint: r.fingerprint });
  })();
  return mergeViewOf(db, reviewId, { stored, unchanged: verified.length - stored, refused: refused.map((r) => ({ file: r.source, reason: r.reason, fingerprint: r.fingerprint })) });
}

/**
 * Marks a category's list final, or reopens it. Final needs a decision for every application: the
 * ranking's suggestion is recorded where the coordinator took it as it was; a tie across the quota
 * line must have been decided; and no more applications are recommended than the quota allows.
 * While final, its decisions cannot change. Both directions are audited.
 */
export function finalizeCategory(db: Database, input: { reviewId: string; categoryId: string; final: boolean }): MergeView {
  const { reviewId, categoryId, final } = input;
  const view = mergeViewOf(db, reviewId);
  const category = view.report.categories.find((c) => c.id === categoryId);
  if (!category) throw new ApiFailure('not_found', `评审活动中没有领域 ${categoryId}`);
  const recorded = new Map(view.decisions.map((d) => [d.submissionId, d]));
  db.transaction(() => {
    if (final) {
      const undecided = category.ranking.find((a) => !recorded.has(a.submissionId) && suggestedDecision(a.standing) === null);
      if (undecided) throw new ApiFailure('conflict', `「${undecided.applicant}」在名额线上并列，须先作出决定并写明理由`);
      for (const a of category.ranking) {
        const suggested = suggestedDecision(a.standing);
        if (!recorded.has(a.submissionId) && suggested !== null) setDecision(db, { reviewId, submissionId: a.submissionId }, { decision: suggested, reason: '' });
      }
      const recommended = category.ranking.filter((a) => (recorded.get(a.submissionId)?.decision ?? suggestedDecision(a.standing)) === 'recommend').length;
      if (category.quota > 0 && recommended > category.quota) {
        throw new ApiFailure('conflict', `「${category.name}」推荐 ${String(recommended)} 份，超过推荐名额 ${String(category.quota)} 份（名额是上限）`);
      }
    }
    setFinal(db, reviewId, categoryId, final);
    appendAudit(db, final ? 'merge.category-final' : 'merge.category-reopened', reviewId, { categoryId });
  })();
  // Making a list final records decisions, never figures: the merge above still holds.
  return { ...view, decisions: listDecisions(db, reviewId), finals: listFinals(db, reviewId) };
}
