import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { MergeView } from '../../../shared/domain/merge-view.ts';
import { defaultDeviationShare } from '../../../shared/merge/aggregate-application.ts';
import { decisionNeedsReason, suggestedDecision, type Decision } from '../../../shared/merge/decisions.ts';
import { finalCategoriesTouched, heldSheetsOf } from '../../../shared/merge/held-sheets.ts';
import { mergeBoard } from '../../../shared/merge/merge-board.ts';
import { reasonOf, reasonZh } from '../../../shared/errors/reason.ts';
import { SHEET_SIZE_LIMIT } from '../../../shared/sheets/verify-sheet.ts';
import { appendAudit } from '../db/audit-log.ts';
import { listIssuedPackageDigests } from '../packages/package-repository.ts';
import { requireReview, requireSubmission } from '../reviews/require-review.ts';
import { listRoster } from '../roster/roster-repository.ts';
import { programForReview } from '../scoring/review-program.ts';
import { insertReceivedSheet, listConfirmedKeys, listDecisions, listFinals, listReceivedSheets, listVersionChoices, readMergeSettings, setDecision, setFinal } from './merge-repository.ts';
import { formallyFailedOf } from '../formal-check/formal-check-service.ts';
import { closeDiscussion, discussionsOf, openDiscussion } from './merge-discussions.ts';
import { mergeReportJson } from './merge-report.ts';
import { mergeVerified, VerifiedSheetCache, verifyEach, versionKey, type MergeContext } from './merge-sheets.ts';
import { moveStage } from '../reviews/move-stage.ts';
import { readSheetZip, tooLargeSource, type SheetSource } from './read-sheet-sources.ts';

/** The merge context of a review held here as coordinator: its roster's keys, its issued packages, its pinned program, its own merge settings. */
export function mergeContextOf(db: Database, reviewId: string): MergeContext {
  const review = requireReview(db, reviewId);
  const program = programForReview(db, reviewId);
  const roster = listRoster(db, reviewId);
  const chosen = readMergeSettings(db, reviewId);
  const acceptedKeys = new Map<string, Set<string>>();
  for (const k of listConfirmedKeys(db, reviewId)) acceptedKeys.set(k.expertId, (acceptedKeys.get(k.expertId) ?? new Set<string>()).add(k.publicKey));
  return {
    reviewId,
    packageDigests: new Set(listIssuedPackageDigests(db, reviewId)),
    enrolledKeys: new Map(roster.flatMap((e) => (e.publicKey ? [[e.id, e.publicKey] as const] : []))),
    rosterIds: new Set(roster.map((e) => e.id)),
    assignments: new Map(roster.map((e) => [e.id, new Set(e.submissionIds)])),
    knownConflicts: new Map(roster.map((e) => [e.id, new Set(e.conflicts.map((c) => c.submissionId))])),
    acceptedKeys,
    chosenVersions: new Map(listVersionChoices(db, reviewId).map((c) => [versionKey(c.expertId, c.version), c.digest])),
    review,
    program,
    // The review's own rule and trimming where it chose them (review_merge_settings), else the program's, on the totals.
    settings: { aggregation: { ...program.aggregation, rule: chosen?.rule ?? program.aggregation.rule }, trimOn: chosen?.trimOn ?? 'totals', deviationShare: defaultDeviationShare },
    formallyFailed: formallyFailedOf(db, reviewId),
  };
}

// Per profile database and review: the stored sheets' verdicts, so a view after a decision does not verify them all again.
const caches = new WeakMap<Database, Map<string, VerifiedSheetCache>>();

function cacheFor(db: Database, reviewId: string): VerifiedSheetCache {
  const ofDb = caches.get(db) ?? new Map<string, VerifiedSheetCache>();
  caches.set(db, ofDb);
  const cache = ofDb.get(reviewId) ?? new VerifiedSheetCache();
  ofDb.set(reviewId, cache);
  return cache;
}

/** The merge of every stored sheet, as mergeStateOf gives it. */
export type MergeState = ReturnType<typeof mergeStateOf>;

/** The merge of every stored sheet: its context, the sheets that verified on their own (held ones included), the outcome, the held list. */
export function mergeStateOf(db: Database, reviewId: string) {
  const context = mergeContextOf(db, reviewId);
  const { verified, refused, held: heldForKey } = verifyEach(listReceivedSheets(db, reviewId).map((s) => ({ source: s.fileName, bytes: s.bytes })), context, cacheFor(db, reviewId));
  const outcome = mergeVerified(verified, context, refused);
  const sheets = [...verified, ...heldForKey];
  return { context, sheets, outcome, held: heldSheetsOf(outcome.refused, outcome.counted, sheets) };
}

/** The merge of every sheet received so far, the board, and what the last drop did. */
export function mergeViewOf(db: Database, reviewId: string, lastDrop: MergeView['lastDrop'] = null, state: MergeState = mergeStateOf(db, reviewId)): MergeView {
  const { context, outcome, held, sheets } = state;
  const { aggregation, trimOn } = context.settings;
  const roster = listRoster(db, reviewId).map((e) => ({ id: e.id, name: e.name, submissionIds: e.submissionIds, conflicts: e.conflicts.map((c) => c.submissionId) }));
  const heldExperts = (kind: 'key' | 'conflict') => new Set(held.filter((h) => h.kind === kind).map((h) => h.expertId));
  // Held sheets are shown apart (held), not among the files refused.
  const report = mergeReportJson({ ...outcome, refused: outcome.refused.filter((r) => r.digest === null || !held.some((h) => h.digest === r.digest)) }, reviewId, context.settings.aggregation.rule);
  return {
    board: mergeBoard(roster, context.review, outcome.counted, heldExperts('conflict'), heldExperts('key')),
    report,
    decisions: listDecisions(db, reviewId),
    finals: listFinals(db, reviewId),
    settings: { rule: aggregation.rule, programRule: context.program.aggregation.rule, trimOn, trimCount: aggregation.trimCount, trimMinimumPanel: aggregation.trimMinimumPanel },
    held,
    notChosen: outcome.notChosen.map((n) => ({ file: n.source, expertId: n.expertId, version: n.version, chosen: n.chosen })),
    discussions: discussionsOf(db, reviewId, { context, outcome, sheets, report }),
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
    throw domainError('merge.decision-final', {});
  }
  const reason = input.reason.trim();
  // One merge (every stored sheet re-verified) serves both the check and the answer: a decision changes no figure.
  const view = mergeViewOf(db, reviewId);
  const standing = view.report.categories.flatMap((c) => c.ranking).find((a) => a.submissionId === submissionId)?.standing ?? 'excluded';
  if (input.decision !== null && decisionNeedsReason(standing, input.decision) && reason === '') {
    throw domainError('merge.decision-reason', {});
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
 * only because their key is not enrolled for their expert are stored too, held back until the
 * coordinator confirms the key; the others are refused with their reason, and nothing of them is
 * kept. A new sheet for a category whose list is final is refused (reopen it first): a final list's
 * figures never change under it. The same file again changes nothing. Which version counts, and
 * version conflicts, are decided by the merge over everything stored.
 */
export function receiveSheets(db: Database, reviewId: string, files: readonly { fileName: string; bytes: Uint8Array }[]): MergeView {
  const sources: SheetSource[] = files.map((f) =>
    f.bytes.length > SHEET_SIZE_LIMIT ? tooLargeSource(f.fileName, f.bytes.length) : { source: f.fileName, bytes: f.bytes },
  );
  return receiveSources(db, reviewId, sources);
}

/** receiveSheets for a zip of sheets (an uploaded file): each sheet in it verified on its own, named `<zip>!<entry>`. */
export async function receiveSheetZip(db: Database, reviewId: string, zip: { path: string; fileName: string }): Promise<MergeView> {
  requireReview(db, reviewId);
  return receiveSources(db, reviewId, await readSheetZip(zip.path, zip.fileName));
}

function receiveSources(db: Database, reviewId: string, sources: readonly SheetSource[]): MergeView {
  const context = mergeContextOf(db, reviewId);
  const { verified, refused: refusedAll, held } = verifyEach(sources, context, cacheFor(db, reviewId));
  const stored = new Set(listReceivedSheets(db, reviewId).map((s) => s.digest));
  const finals = new Set(listFinals(db, reviewId).map((f) => f.categoryId));
  const refused = refusedAll.filter((r) => !(r.pending && held.some((h) => h.digest === r.digest)));
  const take: { sheet: (typeof verified)[number]; held: boolean }[] = [];
  for (const [list, isHeld] of [[verified, false], [held, true]] as const) {
    for (const v of list) {
      const closed = stored.has(v.digest) ? [] : finalCategoriesTouched(v.sheet, context.review, finals);
      if (closed.length === 0) take.push({ sheet: v, held: isHeld });
      else {
        const names = closed.map((id) => context.review.fields.find((f) => f.id === id)?.name ?? id).join('、');
        const why = reasonOf('sheet-refusals.category-final', { names });
        refused.push({ source: v.source, code: 'category_final', reason: reasonZh(why), why, fingerprint: v.fingerprint, pending: false, expertId: v.sheet.expert.id, version: v.sheet.version, digest: v.digest });
      }
    }
  }
  let added = 0;
  let addedHeld = 0;
  db.transaction(() => {
    for (const { sheet: v, held: isHeld } of take) {
      if (!insertReceivedSheet(db, { reviewId, digest: v.digest, expertId: v.sheet.expert.id, version: v.sheet.version, fileName: v.source, bytes: v.bytes, fingerprint: v.fingerprint })) continue;
      added += 1;
      if (isHeld) addedHeld += 1;
      appendAudit(db, isHeld ? 'sheet.held' : 'sheet.received', reviewId, { file: v.source, digest: v.digest, expertId: v.sheet.expert.id, version: v.sheet.version, fingerprint: v.fingerprint });
    }
    for (const r of refused) appendAudit(db, 'sheet.refused', reviewId, { file: r.source, code: r.code, fingerprint: r.fingerprint });
    // The first sheet taken in: expert review gives way to 汇总.
    if (added > addedHeld) moveStage(db, reviewId, ['expert-review'], 'summary');
  })();
  const unchanged = take.length - added;
  return mergeViewOf(db, reviewId, { stored: added, held: addedHeld, unchanged, refused: refused.map((r) => ({ file: r.source, reason: r.reason, why: r.why, fingerprint: r.fingerprint })) });
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
  if (!category) throw domainError('merge.no-category', { categoryId });
  const recorded = new Map(view.decisions.map((d) => [d.submissionId, d]));
  db.transaction(() => {
    if (final) {
      const undecided = category.ranking.find((a) => !recorded.has(a.submissionId) && suggestedDecision(a.standing) === null);
      if (undecided) throw domainError('merge.final-undecided', { applicant: undecided.applicant });
      for (const a of category.ranking) {
        const suggested = suggestedDecision(a.standing);
        if (!recorded.has(a.submissionId) && suggested !== null) setDecision(db, { reviewId, submissionId: a.submissionId }, { decision: suggested, reason: '' });
      }
      const recommended = category.ranking.filter((a) => (recorded.get(a.submissionId)?.decision ?? suggestedDecision(a.standing)) === 'recommend').length;
      if (category.quota > 0 && recommended > category.quota) {
        throw domainError('merge.final-over-quota', { category: category.name, recommended, quota: category.quota });
      }
    }
    setFinal(db, reviewId, categoryId, final);
    appendAudit(db, final ? 'merge.category-final' : 'merge.category-reopened', reviewId, { categoryId });
    // A list reopened after the result was signed: the review is back in 汇总 until it is signed again.
    if (!final) moveStage(db, reviewId, ['done'], 'summary');
  })();
  // Making a list final records decisions, never figures: the merge above still holds.
  return { ...view, decisions: listDecisions(db, reviewId), finals: listFinals(db, reviewId) };
}

/** Opens a divergence round on an application (merge-discussions.ts) and answers with the merge view; a round changes no figure, so one merge serves both. */
export function openDiscussionOf(db: Database, input: { reviewId: string; submissionId: string; expertIds: readonly string[]; note: string }): MergeView {
  const state = mergeStateOf(db, input.reviewId);
  openDiscussion(db, mergeNowOf(state, input.reviewId), input);
  return mergeViewOf(db, input.reviewId, null, state);
}

/** Closes a divergence round with the coordinator's conclusion and answers with the merge view (one merge for both). */
export function closeDiscussionOf(db: Database, input: { reviewId: string; discussionId: number; note: string }): MergeView {
  const state = mergeStateOf(db, input.reviewId);
  closeDiscussion(db, mergeNowOf(state, input.reviewId), input);
  return mergeViewOf(db, input.reviewId, null, state);
}

// The merge as the divergence rounds read it: the state and its report.
function mergeNowOf({ context, outcome, sheets }: MergeState, reviewId: string) {
  return { context, outcome, sheets, report: mergeReportJson(outcome, reviewId, context.settings.aggregation.rule) };
}
