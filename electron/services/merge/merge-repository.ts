import type { Database } from 'better-sqlite3';
import type { Aggregation } from '../../../shared/domain/program.ts';
import type { MergeDecision } from '../../../shared/domain/merge-view.ts';
import type { TrimOn } from '../../../shared/merge/aggregate-application.ts';

/** A received sheet as stored: the bytes verbatim, with the name it came under. */
export interface ReceivedSheet {
  readonly digest: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Stores a sheet that passed verification; the same sheet again (same digest) changes nothing. Returns whether it was new. */
export function insertReceivedSheet(
  db: Database,
  sheet: { reviewId: string; digest: string; expertId: string; version: number; fileName: string; bytes: Uint8Array; fingerprint: string },
  now = new Date().toISOString(),
): boolean {
  const result = db
    .prepare(
      `INSERT INTO received_sheets (review_id, digest, expert_id, version, file_name, bytes, fingerprint, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(review_id, digest) DO NOTHING`,
    )
    .run(sheet.reviewId, sheet.digest, sheet.expertId, sheet.version, sheet.fileName, Buffer.from(sheet.bytes), sheet.fingerprint, now);
  return result.changes === 1;
}

/** Every sheet received for a review, by expert and version, in the order they came. */
export function listReceivedSheets(db: Database, reviewId: string): ReceivedSheet[] {
  const rows = db
    .prepare('SELECT digest, file_name, bytes FROM received_sheets WHERE review_id = ? ORDER BY expert_id, version, received_at, digest')
    .all(reviewId) as { digest: string; file_name: string; bytes: Buffer }[];
  return rows.map((r) => ({ digest: r.digest, fileName: r.file_name, bytes: new Uint8Array(r.bytes) }));
}

/** Removes received sheets (held ones the coordinator set aside); returns how many went. */
export function deleteReceivedSheets(db: Database, reviewId: string, digests: readonly string[]): number {
  const remove = db.prepare('DELETE FROM received_sheets WHERE review_id = ? AND digest = ?');
  return digests.reduce((n, digest) => n + remove.run(reviewId, digest).changes, 0);
}

/** The decisions recorded for a review's applications. */
export function listDecisions(db: Database, reviewId: string): MergeDecision[] {
  const rows = db.prepare('SELECT submission_id, decision, reason, decided_at FROM merge_decisions WHERE review_id = ? ORDER BY submission_id').all(reviewId) as {
    submission_id: string;
    decision: MergeDecision['decision'];
    reason: string;
    decided_at: string;
  }[];
  return rows.map((r) => ({ submissionId: r.submission_id, decision: r.decision, reason: r.reason, decidedAt: r.decided_at }));
}

/** Records (or, with null, clears) the decision for an application. */
export function setDecision(db: Database, key: { reviewId: string; submissionId: string }, decision: { decision: MergeDecision['decision']; reason: string } | null, now = new Date().toISOString()): void {
  if (decision === null) {
    db.prepare('DELETE FROM merge_decisions WHERE review_id = ? AND submission_id = ?').run(key.reviewId, key.submissionId);
    return;
  }
  db.prepare(
    `INSERT INTO merge_decisions (review_id, submission_id, decision, reason, decided_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(review_id, submission_id) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, decided_at = excluded.decided_at`,
  ).run(key.reviewId, key.submissionId, decision.decision, decision.reason, now);
}

/** The categories marked final. */
export function listFinals(db: Database, reviewId: string): { categoryId: string; finalizedAt: string }[] {
  const rows = db.prepare('SELECT field_id, finalized_at FROM merge_finals WHERE review_id = ? ORDER BY field_id').all(reviewId) as { field_id: string; finalized_at: string }[];
  return rows.map((r) => ({ categoryId: r.field_id, finalizedAt: r.finalized_at }));
}

/** Marks a category final, or reopens it. */
export function setFinal(db: Database, reviewId: string, categoryId: string, final: boolean, now = new Date().toISOString()): void {
  if (final) db.prepare('INSERT INTO merge_finals (review_id, field_id, finalized_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(reviewId, categoryId, now);
  else db.prepare('DELETE FROM merge_finals WHERE review_id = ? AND field_id = ?').run(reviewId, categoryId);
}

/** A key the coordinator confirmed for an expert at first sight (fingerprint compared in person). */
export interface ConfirmedKey {
  readonly expertId: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly confirmedAt: string;
}

/** The keys confirmed at first sight for a review's experts. */
export function listConfirmedKeys(db: Database, reviewId: string): ConfirmedKey[] {
  const rows = db.prepare('SELECT expert_id, public_key, fingerprint, confirmed_at FROM merge_confirmed_keys WHERE review_id = ? ORDER BY expert_id, confirmed_at').all(reviewId) as {
    expert_id: string;
    public_key: string;
    fingerprint: string;
    confirmed_at: string;
  }[];
  return rows.map((r) => ({ expertId: r.expert_id, publicKey: r.public_key, fingerprint: r.fingerprint, confirmedAt: r.confirmed_at }));
}

/** Records a key confirmed for an expert; confirming it again changes nothing. */
export function insertConfirmedKey(db: Database, reviewId: string, key: Omit<ConfirmedKey, 'confirmedAt'>, now = new Date().toISOString()): void {
  db.prepare('INSERT INTO merge_confirmed_keys (review_id, expert_id, public_key, fingerprint, confirmed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    reviewId,
    key.expertId,
    key.publicKey,
    key.fingerprint,
    now,
  );
}

/** Of different sheets of one expert and version, the one the coordinator chose. */
export interface VersionChoice {
  readonly expertId: string;
  readonly version: number;
  readonly digest: string;
  readonly reason: string;
  readonly chosenAt: string;
}

/** The versions chosen for a review. */
export function listVersionChoices(db: Database, reviewId: string): VersionChoice[] {
  const rows = db.prepare('SELECT expert_id, version, digest, reason, chosen_at FROM merge_version_choices WHERE review_id = ? ORDER BY expert_id, version').all(reviewId) as {
    expert_id: string;
    version: number;
    digest: string;
    reason: string;
    chosen_at: string;
  }[];
  return rows.map((r) => ({ expertId: r.expert_id, version: r.version, digest: r.digest, reason: r.reason, chosenAt: r.chosen_at }));
}

/** Records the sheet chosen for an expert's version (replacing an earlier choice, should the service allow one). */
export function setVersionChoice(db: Database, reviewId: string, choice: Omit<VersionChoice, 'chosenAt'>, now = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO merge_version_choices (review_id, expert_id, version, digest, reason, chosen_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(review_id, expert_id, version) DO UPDATE SET digest = excluded.digest, reason = excluded.reason, chosen_at = excluded.chosen_at`,
  ).run(reviewId, choice.expertId, choice.version, choice.digest, choice.reason, now);
}

/** A review's own merge settings: the rule that ranks, where the trimmed mean trims. */
export interface ReviewMergeSettings {
  readonly rule: Aggregation['rule'];
  readonly trimOn: TrimOn;
}

/** The review's merge settings, or null where it keeps the program's (trimming on the totals). */
export function readMergeSettings(db: Database, reviewId: string): ReviewMergeSettings | null {
  const row = db.prepare('SELECT rule, trim_on FROM review_merge_settings WHERE review_id = ?').get(reviewId) as { rule: Aggregation['rule']; trim_on: TrimOn } | undefined;
  return row ? { rule: row.rule, trimOn: row.trim_on } : null;
}

/** Stores the review's merge settings. */
export function saveMergeSettings(db: Database, reviewId: string, settings: ReviewMergeSettings, now = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO review_merge_settings (review_id, rule, trim_on, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(review_id) DO UPDATE SET rule = excluded.rule, trim_on = excluded.trim_on, updated_at = excluded.updated_at`,
  ).run(reviewId, settings.rule, settings.trimOn, now);
}

/** A divergence round as stored: its round 1 snapshot as JSON. */
export interface StoredDiscussion {
  readonly id: number;
  readonly submissionId: string;
  readonly openedAt: string;
  readonly note: string;
  readonly experts: readonly string[];
  readonly round1: unknown;
  /** Set at the close: round 2 as it stood then (its snapshot and the experts' changes). */
  readonly closed: { readonly at: string; readonly note: string; readonly round2: unknown } | null;
}

/** Every divergence round of a review, oldest first. */
export function listDiscussions(db: Database, reviewId: string): StoredDiscussion[] {
  const rows = db.prepare('SELECT id, submission_id, opened_at, note, experts, round1, closed_at, closing_note, round2 FROM merge_discussions WHERE review_id = ? ORDER BY id').all(reviewId) as {
    id: number; submission_id: string; opened_at: string; note: string; experts: string; round1: string; closed_at: string | null; closing_note: string | null; round2: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id, submissionId: r.submission_id, openedAt: r.opened_at, note: r.note, experts: JSON.parse(r.experts) as string[], round1: JSON.parse(r.round1) as unknown,
    closed: r.closed_at === null ? null : { at: r.closed_at, note: r.closing_note ?? '', round2: JSON.parse(r.round2 ?? 'null') as unknown },
  }));
}

/** Stores a new divergence round and returns its number (1, 2, … per review). */
export function insertDiscussion(db: Database, reviewId: string, d: { submissionId: string; openedAt: string; note: string; experts: readonly string[]; round1: unknown }): number {
  const { next } = db.prepare('SELECT coalesce(max(id), 0) + 1 AS next FROM merge_discussions WHERE review_id = ?').get(reviewId) as { next: number };
  db.prepare('INSERT INTO merge_discussions (review_id, id, submission_id, opened_at, note, experts, round1) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    reviewId, next, d.submissionId, d.openedAt, d.note, JSON.stringify(d.experts), JSON.stringify(d.round1),
  );
  return next;
}

/** Closes an open divergence round with the coordinator's note and round 2 as it stands; false when there is no such open round. */
export function closeDiscussionRow(db: Database, reviewId: string, id: number, close: { note: string; at: string; round2: unknown }): boolean {
  return db.prepare('UPDATE merge_discussions SET closed_at = ?, closing_note = ?, round2 = ? WHERE review_id = ? AND id = ? AND closed_at IS NULL').run(close.at, close.note, JSON.stringify(close.round2), reviewId, id).changes === 1;
}
