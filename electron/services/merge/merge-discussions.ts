import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { MergeDiscussion } from '../../../shared/domain/merge-discussion.ts';
import type { MergeReport } from '../../../shared/domain/merge-view.ts';
import { changesSince, roundSnapshot, type CountedScoring, type RoundSnapshot } from '../../../shared/merge/discussion-rounds.ts';
import { rubricOfCategory } from '../../../shared/merge/merge-review.ts';
import { appendAudit } from '../db/audit-log.ts';
import { requireSubmission } from '../reviews/require-review.ts';
import { closeDiscussionRow, insertDiscussion, listDiscussions, listFinals, type StoredDiscussion } from './merge-repository.ts';
import type { MergeContext, MergeOutcome, VerifiedSheet } from './merge-sheets.ts';

/** What the divergence rounds are computed from: the merge as mergeStateOf gives it, and its report. */
export interface MergeNow {
  readonly context: MergeContext;
  readonly outcome: MergeOutcome;
  readonly sheets: readonly VerifiedSheet[];
  readonly report: MergeReport;
}

/** Round 2 as stored at the close: the round and each concerned expert's changes then. */
interface ClosedRound {
  readonly round: RoundSnapshot;
  readonly changes: MergeDiscussion['changes'];
}

type Application = MergeReport['categories'][number]['ranking'][number];

function applicationOf(report: MergeReport, submissionId: string): { application: Application; categoryId: string } | null {
  for (const category of report.categories) {
    const application = category.ranking.find((a) => a.submissionId === submissionId);
    if (application) return { application, categoryId: category.id };
  }
  return null;
}

/** Each counted expert's scoring of the application now: from the counted sheet's own scores, and that version's reasons for it. */
function countedScorings(merge: MergeNow, application: Application): CountedScoring[] {
  return application.experts.flatMap((e) => {
    const counted = merge.outcome.counted.find((c) => c.expertId === e.expertId);
    const scored = merge.sheets.find((s) => s.digest === counted?.digest)?.sheet;
    const own = scored?.submissions.find((s) => s.submissionId === application.submissionId);
    if (!counted || !scored || !own) return [];
    return [{
      expertId: e.expertId,
      name: e.name,
      version: counted.version,
      total: own.total,
      scores: Object.fromEntries(own.scores.map((s) => [s.criterionId, s.score])),
      revisions: (scored.revisions ?? []).filter((r) => r.submissionId === application.submissionId),
    }];
  });
}

const noRound: RoundSnapshot = { flags: [], experts: [], figures: { mean: null, range: null, panel: 0 }, scores: {} };

// Round 2 of a stored discussion as the live merge has it: the application's round now and each concerned expert's changes since round 1.
function liveRound(stored: StoredDiscussion, merge: MergeNow, categoryId: string): ClosedRound {
  const found = applicationOf(merge.report, stored.submissionId);
  if (!found) return { round: noRound, changes: changesSince(stored.round1 as RoundSnapshot, [], stored.experts, (id) => id) };
  const rubric = rubricOfCategory(merge.context.program, categoryId);
  const titles = new Map(rubric.sections.flatMap((s) => s.criteria.map((c) => [c.id, c.title] as const)));
  const scorings = countedScorings(merge, found.application);
  return { round: roundSnapshot(found.application.flags, scorings), changes: changesSince(stored.round1 as RoundSnapshot, scorings, stored.experts, (id) => titles.get(id) ?? id) };
}

// A stored discussion as the screen shows it: round 2 live while it is open, as stored at the close otherwise.
function viewOf(stored: StoredDiscussion, merge: MergeNow): MergeDiscussion {
  const round1 = stored.round1 as RoundSnapshot;
  const found = applicationOf(merge.report, stored.submissionId);
  const submission = merge.context.review.submissions.find((s) => s.id === stored.submissionId);
  const categoryId = found?.categoryId ?? submission?.fieldId ?? '';
  const { round: now, changes } = stored.closed ? (stored.closed.round2 as ClosedRound) : liveRound(stored, merge, categoryId);
  const names = new Map([...round1.experts, ...now.experts].map((e) => [e.expertId, e.name]));
  const strip = ({ flags, experts, figures }: RoundSnapshot) => ({ flags: [...flags], experts: [...experts], figures });
  return {
    id: stored.id,
    submissionId: stored.submissionId,
    applicant: found?.application.applicant ?? submission?.applicant ?? stored.submissionId,
    categoryId,
    openedAt: stored.openedAt,
    note: stored.note,
    experts: stored.experts.map((expertId) => ({ expertId, name: names.get(expertId) ?? expertId })),
    round1: strip(round1),
    now: strip(now),
    changes,
    closed: stored.closed ? { at: stored.closed.at, note: stored.closed.note } : null,
  };
}

/** Every divergence round of the review as the merge screen shows it, oldest first. */
export function discussionsOf(db: Database, reviewId: string, merge: MergeNow): MergeDiscussion[] {
  return listDiscussions(db, reviewId).map((d) => viewOf(d, merge));
}

function requireOpenable(db: Database, reviewId: string, merge: MergeNow, submissionId: string): { application: Application; categoryId: string } {
  const { submission } = requireSubmission(db, reviewId, submissionId);
  const found = applicationOf(merge.report, submissionId);
  if (!found || found.application.experts.length === 0) throw domainError('merge.discussion-unscored', { applicant: submission.applicant });
  if (listFinals(db, reviewId).some((f) => f.categoryId === found.categoryId)) throw domainError('merge.discussion-final', {});
  const open = listDiscussions(db, reviewId).find((d) => d.submissionId === submissionId && d.closed === null);
  if (open) throw domainError('merge.discussion-open-already', { applicant: submission.applicant, id: open.id });
  return found;
}

/**
 * Opens a divergence round (分差复议) on an application: what the coordinator asks (the note) of which
 * of its counted experts, with round 1 as the merge has it now stored beside it (flags, each expert's
 * version, total and scores). The experts then amend and re-sign with a reason per changed score;
 * the merge takes their new versions. Refused without a note, for an expert who did not score it,
 * while the category is final, and while another round on it is open. Audited.
 */
export function openDiscussion(db: Database, merge: MergeNow, input: { reviewId: string; submissionId: string; expertIds: readonly string[]; note: string }, now = new Date().toISOString()): number {
  const note = input.note.trim();
  if (note === '') throw domainError('merge.discussion-note', {});
  const { application } = requireOpenable(db, input.reviewId, merge, input.submissionId);
  const experts = [...new Set(input.expertIds)];
  if (experts.length === 0) throw domainError('merge.discussion-no-experts', {});
  const stranger = experts.find((id) => !application.experts.some((e) => e.expertId === id));
  if (stranger) throw domainError('merge.discussion-stranger', { expertId: stranger, applicant: application.applicant });
  const round1 = roundSnapshot(application.flags, countedScorings(merge, application));
  return db.transaction(() => {
    const id = insertDiscussion(db, input.reviewId, { submissionId: input.submissionId, openedAt: now, note, experts, round1 });
    appendAudit(db, 'merge.discussion-opened', input.reviewId, { id, submissionId: input.submissionId, experts, note, figures: round1.figures }, now);
    return id;
  })();
}

/** Closes an open divergence round with the coordinator's conclusion, round 2 kept as it stands; audited. */
export function closeDiscussion(db: Database, merge: MergeNow, input: { reviewId: string; discussionId: number; note: string }, now = new Date().toISOString()): void {
  const note = input.note.trim();
  if (note === '') throw domainError('merge.discussion-conclusion', {});
  const stored = listDiscussions(db, input.reviewId).find((d) => d.id === input.discussionId);
  if (!stored) throw domainError('merge.discussion-not-found', { id: input.discussionId });
  if (stored.closed) throw domainError('merge.discussion-closed', { id: input.discussionId, date: stored.closed.at.slice(0, 10) });
  const { categoryId } = viewOf(stored, merge);
  const round2 = liveRound(stored, merge, categoryId);
  const { round } = round2;
  db.transaction(() => {
    if (!closeDiscussionRow(db, input.reviewId, input.discussionId, { note, at: now, round2 })) throw domainError('merge.discussion-closed', { id: input.discussionId, date: now.slice(0, 10) });
    appendAudit(db, 'merge.discussion-closed', input.reviewId, { id: input.discussionId, submissionId: stored.submissionId, note, figures: round.figures }, now);
  })();
}
