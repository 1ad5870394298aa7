import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { FormalCheckRuleId } from '../../../shared/domain/formal-check-rules.ts';
import type { CheckOutcome, FormalCheckView, MaterialConclusion, ReviewStage } from '../../../shared/domain/formal-check-view.ts';
import { assembleCheckView } from '../../../shared/formal-check/assemble-check-view.ts';
import { checkApplications } from '../../../shared/formal-check/check-applications.ts';
import { isDecided } from '../../../shared/formal-check/check-verdict.ts';
import { conclusionLabels, outcomeLabels, ruleLabels } from '../../../shared/formal-check/rule-labels.ts';
import type { IntakeApplicationFacts } from '../../../shared/intake/intake-facts.ts';
import { appendAudit } from '../db/audit-log.ts';
import { formalCheckXlsx } from '../exports/formal-check-xlsx.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import { moveStage } from '../reviews/move-stage.ts';
import { requireReview, requireSubmission } from '../reviews/require-review.ts';
import { intakeStages, requireStage } from '../reviews/require-stage.ts';
import { programForReview } from '../scoring/review-program.ts';
import { insertOverride, readConclusions, readOverrides, readResults, readRun, replaceResults, upsertConclusion } from './formal-check-repository.ts';

/** Where the intake's facts of a review come from (the lead wires intakeFactsOf; tests pass their own). */
export type FormalCheckFactsSource = (reviewId: string) => readonly IntakeApplicationFacts[] | Promise<readonly IntakeApplicationFacts[]>;

// Once the experts have their packages the formal check is closed: what they score must not change under them.
const checkStages = intakeStages;

/** The review's formal check as the coordinator sees it (the 形式审查结果表). */
export function formalCheckViewOf(db: Database, reviewId: string): FormalCheckView {
  const review = requireReview(db, reviewId);
  const run = readRun(db, reviewId);
  const results = readResults(db, reviewId);
  const ran = [...new Set(results.map((r) => r.rule))];
  const rules: FormalCheckRuleId[] = run ? ran : programForReview(db, reviewId).formalCheck.filter((r) => r.enabled).map((r) => r.id);
  return assembleCheckView({
    reviewId,
    stage: review.stage,
    ranAt: run?.ranAt ?? null,
    rules,
    applications: review.submissions.map((s) => ({ id: s.id, applicant: s.applicant, fieldId: s.fieldId })),
    results,
    overrides: readOverrides(db, reviewId),
    conclusions: readConclusions(db, reviewId),
  });
}

// 形式审查 → 材料审核 once every application's check is decided; 材料审核 → 专家评议 once every
// application has a conclusion and none waits for a supplement. Stages only move forward here.
function advanceStage(db: Database, reviewId: string, now: string): FormalCheckView {
  const view = formalCheckViewOf(db, reviewId);
  const { applications } = view;
  let next: ReviewStage | null = null;
  if (view.stage === 'formal-check' && applications.length > 0 && applications.every((a) => isDecided(a.verdict))) next = 'material-review';
  if (view.stage === 'material-review' && applications.length > 0 && applications.every((a) => a.conclusion !== null && a.conclusion.conclusion !== 'supplement')) next = 'expert-review';
  if (next === null) return view;
  moveStage(db, reviewId, [view.stage], next, now);
  return { ...view, stage: next };
}

/**
 * Runs the formal check on the intake's facts with the rules of the review's pinned program, and
 * stores the results in place of the last run's (overrides and conclusions stay). Audited with the
 * counts. Refused once expert review has begun, and for facts of an application the review does not hold.
 */
export async function runFormalCheck(db: Database, reviewId: string, factsOf: FormalCheckFactsSource, now = new Date().toISOString()): Promise<FormalCheckView> {
  const review = requireReview(db, reviewId);
  requireStage(review, checkStages, 'check');
  const facts = await factsOf(reviewId);
  const known = new Set(review.submissions.map((s) => s.id));
  const stranger = facts.find((f) => !known.has(f.submissionId));
  if (stranger) throw domainError('formal-check.stranger', { submissionId: stranger.submissionId, applicant: stranger.applicant, review: review.title });
  const program = programForReview(db, reviewId);
  const checked = checkApplications(facts, program, {
    deadline: review.deadline,
    categories: review.fields.map((f) => ({ id: f.id, name: f.name, leadInstitutions: f.leadInstitutions })),
  });
  const results = checked.flatMap((a) => a.results.map((r) => ({ submissionId: a.submissionId, ...r })));
  return db.transaction(() => {
    replaceResults(db, reviewId, { ranAt: now, programId: program.id, programVersion: program.version }, results);
    const counts = { pass: 0, fail: 0, warn: 0 };
    for (const r of results) counts[r.result]++;
    appendAudit(db, 'formal-check.ran', reviewId, { program: { id: program.id, version: program.version }, applications: checked.length, counts }, now);
    return advanceStage(db, reviewId, now);
  })();
}

/** What the coordinator sets in place of a rule's result, and why. */
export interface OverrideInput {
  readonly reviewId: string;
  readonly submissionId: string;
  readonly rule: FormalCheckRuleId;
  readonly result: CheckOutcome;
  readonly reason: string;
}

/**
 * Overrides one rule's result for one application, with a reason (required): the automatic result
 * stays shown beside it, earlier overrides stay in the history, and the audit log records it.
 */
export function overrideResult(db: Database, input: OverrideInput, now = new Date().toISOString()): FormalCheckView {
  const { review } = requireSubmission(db, input.reviewId, input.submissionId);
  requireStage(review, checkStages, 'override');
  const reason = input.reason.trim();
  if (reason === '') throw domainError('formal-check.override-reason', {});
  const stored = readResults(db, input.reviewId).find((r) => r.submissionId === input.submissionId && r.rule === input.rule);
  if (!stored) throw domainError('formal-check.no-result', { submissionId: input.submissionId, rule: ruleLabels[input.rule] });
  return db.transaction(() => {
    insertOverride(db, input.reviewId, { submissionId: input.submissionId, rule: input.rule, result: input.result, overridden: stored.result, reason, at: now });
    appendAudit(db, 'formal-check.overridden', input.reviewId, {
      submissionId: input.submissionId, rule: input.rule, from: stored.result, to: input.result, reason,
      summary: `${ruleLabels[input.rule]}：${outcomeLabels[stored.result]} → ${outcomeLabels[input.result]}`,
    }, now);
    return advanceStage(db, input.reviewId, now);
  })();
}

/** The 材料审核 conclusion for one application, and why. */
export interface ConclusionInput {
  readonly reviewId: string;
  readonly submissionId: string;
  readonly conclusion: MaterialConclusion;
  readonly reason: string;
}

/**
 * Records the 材料审核 conclusion for an application (通过 / 补正 / 不通过; a reason is required for
 * the last two), audited. Only in the 材料审核 stage: after every application's formal check is decided.
 */
export function concludeApplication(db: Database, input: ConclusionInput, now = new Date().toISOString()): FormalCheckView {
  const { review } = requireSubmission(db, input.reviewId, input.submissionId);
  requireStage(review, ['material-review'], 'conclusion');
  const reason = input.reason.trim();
  if (input.conclusion !== 'pass' && reason === '') throw domainError('formal-check.conclusion-reason', { conclusion: conclusionLabels[input.conclusion] });
  return db.transaction(() => {
    upsertConclusion(db, input.reviewId, { submissionId: input.submissionId, conclusion: input.conclusion, reason, at: now });
    appendAudit(db, 'material-review.concluded', input.reviewId, { submissionId: input.submissionId, conclusion: input.conclusion, reason }, now);
    return advanceStage(db, input.reviewId, now);
  })();
}

/** The applications review packages leave out: a failed formal check not overridden, or concluded 不通过. */
export function applicationsLeftOut(db: Database, reviewId: string): Set<string> {
  // A review never checked (the demo, an opened package) leaves nothing out, and needs no program to say so.
  if (readRun(db, reviewId) === null && readConclusions(db, reviewId).length === 0) return new Set();
  return new Set(formalCheckViewOf(db, reviewId).applications.filter((a) => !a.inPackages).map((a) => a.submissionId));
}

/**
 * The applications the merge flags and leaves out of the ranking, with why: the same ones packages
 * leave out (a failed rule not overridden, or 材料审核 concluded 不通过), each rule's or the
 * conclusion's reason as the formal check wrote it.
 */
export function formallyFailedOf(db: Database, reviewId: string): Map<string, string[]> {
  if (readRun(db, reviewId) === null && readConclusions(db, reviewId).length === 0) return new Map();
  const view = formalCheckViewOf(db, reviewId);
  const labels = new Map(view.rules.map((r) => [r.id, r.label]));
  return new Map(
    view.applications
      .filter((a) => !a.inPackages)
      .map((a) => [
        a.submissionId,
        [
          ...a.results.filter((r) => r.effective === 'fail').map((r) => `${labels.get(r.rule) ?? r.rule}：${r.reason}`),
          ...(a.conclusion?.conclusion === 'reject' ? [`材料审核不通过：${a.conclusion.reason}`] : []),
        ],
      ]),
  );
}

/** The 形式审查结果表 as .xlsx bytes and a file name; audited. */
export async function exportFormalCheckXlsx(db: Database, reviewId: string, now = new Date().toISOString()): Promise<{ fileName: string; bytes: Uint8Array }> {
  const review = requireReview(db, reviewId);
  const view = formalCheckViewOf(db, reviewId);
  const bytes = await formalCheckXlsx({
    title: review.title,
    organisation: review.organisation,
    documentNumber: review.documentNumber,
    deadline: review.deadline,
    fieldNames: new Map(review.fields.map((f) => [f.id, f.name])),
    view,
  });
  appendAudit(db, 'formal-check.exported', reviewId, { format: 'xlsx', ranAt: view.ranAt, counts: view.counts }, now);
  return { fileName: `${review.id}-形式审查结果表.xlsx`, bytes };
}

/** Writes the 形式审查结果表 to a file, atomically: a reader sees the old file or the whole new one (the CLI's --xlsx). */
export async function writeFormalCheckXlsx(db: Database, reviewId: string, path: string): Promise<void> {
  const { bytes } = await exportFormalCheckXlsx(db, reviewId);
  writeFileAtomic(path, bytes);
}
