import type { Database } from 'better-sqlite3';
import type { FormalCheckRuleId } from '../../../shared/domain/formal-check-rules.ts';
import type { CheckEvidence, CheckOutcome, MaterialConclusion, RuleResult } from '../../../shared/domain/formal-check-view.ts';

/** The last run of a review's formal check. */
export interface StoredRun {
  readonly ranAt: string;
  readonly programId: string;
  readonly programVersion: number;
}

/** A stored automatic result of one rule for one application. */
export interface StoredResult extends RuleResult {
  readonly submissionId: string;
}

/** The override of one rule's result that counts (the newest). */
export interface StoredOverride {
  readonly submissionId: string;
  readonly rule: FormalCheckRuleId;
  readonly result: CheckOutcome;
  readonly overridden: CheckOutcome;
  readonly reason: string;
  readonly at: string;
}

/** A 材料审核 conclusion as stored. */
export interface StoredConclusion {
  readonly submissionId: string;
  readonly conclusion: MaterialConclusion;
  readonly reason: string;
  readonly at: string;
}

/** The review's last run, or null before the first. */
export function readRun(db: Database, reviewId: string): StoredRun | null {
  const row = db.prepare('SELECT ran_at, program_id, program_version FROM formal_check_runs WHERE review_id = ?').get(reviewId) as
    | { ran_at: string; program_id: string; program_version: number }
    | undefined;
  return row ? { ranAt: row.ran_at, programId: row.program_id, programVersion: row.program_version } : null;
}

/** Replaces the review's results by a new run's (overrides stay: they are history of their own). */
export function replaceResults(db: Database, reviewId: string, run: StoredRun, results: readonly StoredResult[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM formal_check_results WHERE review_id = ?').run(reviewId);
    db.prepare(
      `INSERT INTO formal_check_runs (review_id, ran_at, program_id, program_version) VALUES (?, ?, ?, ?)
       ON CONFLICT (review_id) DO UPDATE SET ran_at = excluded.ran_at, program_id = excluded.program_id, program_version = excluded.program_version`,
    ).run(reviewId, run.ranAt, run.programId, run.programVersion);
    const insert = db.prepare('INSERT INTO formal_check_results (review_id, submission_id, rule, position, result, reason, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)');
    results.forEach((r, position) => insert.run(reviewId, r.submissionId, r.rule, position, r.result, r.reason, JSON.stringify(r.evidence)));
  })();
}

/** The review's stored results, in the order the run gave them. */
export function readResults(db: Database, reviewId: string): StoredResult[] {
  const rows = db.prepare('SELECT submission_id, rule, result, reason, evidence FROM formal_check_results WHERE review_id = ? ORDER BY position').all(reviewId) as
    { submission_id: string; rule: FormalCheckRuleId; result: CheckOutcome; reason: string; evidence: string }[];
  return rows.map((r) => ({ submissionId: r.submission_id, rule: r.rule, result: r.result, reason: r.reason, evidence: JSON.parse(r.evidence) as CheckEvidence[] }));
}

/** Adds an override; the older ones of the same rule stay as history. */
export function insertOverride(db: Database, reviewId: string, override: StoredOverride): void {
  db.prepare('INSERT INTO formal_check_overrides (review_id, submission_id, rule, result, overridden, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    reviewId, override.submissionId, override.rule, override.result, override.overridden, override.reason, override.at,
  );
}

/** The override that counts for each application and rule: the newest. */
export function readOverrides(db: Database, reviewId: string): StoredOverride[] {
  const rows = db
    .prepare(
      `SELECT submission_id, rule, result, overridden, reason, at FROM formal_check_overrides o
       WHERE review_id = ? AND seq = (SELECT max(seq) FROM formal_check_overrides n WHERE n.review_id = o.review_id AND n.submission_id = o.submission_id AND n.rule = o.rule)`,
    )
    .all(reviewId) as { submission_id: string; rule: FormalCheckRuleId; result: CheckOutcome; overridden: CheckOutcome; reason: string; at: string }[];
  return rows.map((r) => ({ submissionId: r.submission_id, rule: r.rule, result: r.result, overridden: r.overridden, reason: r.reason, at: r.at }));
}

/** Records (or changes) an application's 材料审核 conclusion. */
export function upsertConclusion(db: Database, reviewId: string, conclusion: StoredConclusion): void {
  db.prepare(
    `INSERT INTO material_conclusions (review_id, submission_id, conclusion, reason, decided_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (review_id, submission_id) DO UPDATE SET conclusion = excluded.conclusion, reason = excluded.reason, decided_at = excluded.decided_at`,
  ).run(reviewId, conclusion.submissionId, conclusion.conclusion, conclusion.reason, conclusion.at);
}

/** The review's 材料审核 conclusions. */
export function readConclusions(db: Database, reviewId: string): StoredConclusion[] {
  const rows = db.prepare('SELECT submission_id, conclusion, reason, decided_at FROM material_conclusions WHERE review_id = ?').all(reviewId) as
    { submission_id: string; conclusion: MaterialConclusion; reason: string; decided_at: string }[];
  return rows.map((r) => ({ submissionId: r.submission_id, conclusion: r.conclusion, reason: r.reason, at: r.decided_at }));
}
