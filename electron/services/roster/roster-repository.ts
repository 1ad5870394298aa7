import type { Database } from 'better-sqlite3';
import type { RosterExpert } from '../../../shared/domain/trust-views.ts';
import { decodeBase64url, PUBLIC_KEY_BYTES } from '../../../shared/crypto/base64url.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';

type ExpertRow = { id: string; name: string; organisation: string; title: string; expertise: string; phone: string; panel: string; public_key: string | null; enrolled_at: string | null };

/** What the coordinator (or a 专家名单) says of an expert. */
export interface ExpertDetails {
  readonly name: string;
  readonly organisation: string;
  readonly title?: string;
  readonly expertise?: string;
  readonly phone?: string;
  readonly panel?: readonly string[];
}

/** A review's roster in order, each expert with assignments and the conflicts the coordinator knows of. */
export function listRoster(db: Database, reviewId: string): RosterExpert[] {
  const experts = db
    .prepare('SELECT id, name, organisation, title, expertise, phone, panel, public_key, enrolled_at FROM roster_experts WHERE review_id = ? ORDER BY position')
    .all(reviewId) as ExpertRow[];
  // In the review's order, so a package lists them as the coordinator sees them.
  const assigned = db.prepare(
    `SELECT a.submission_id FROM roster_assignments a JOIN submissions s ON s.review_id = a.review_id AND s.id = a.submission_id
     WHERE a.review_id = ? AND a.expert_id = ? ORDER BY s.position`,
  );
  const conflicts = db.prepare('SELECT submission_id, reason FROM roster_conflicts WHERE review_id = ? AND expert_id = ? ORDER BY submission_id');
  return experts.map((e) => ({
    id: e.id,
    name: e.name,
    organisation: e.organisation,
    title: e.title,
    expertise: e.expertise,
    phone: e.phone,
    panel: JSON.parse(e.panel) as string[],
    publicKey: e.public_key,
    fingerprint: e.public_key === null ? null : fingerprintOf(nodeCrypto, decodeBase64url(e.public_key, PUBLIC_KEY_BYTES)),
    enrolledAt: e.enrolled_at,
    submissionIds: (assigned.all(reviewId, e.id) as { submission_id: string }[]).map((r) => r.submission_id),
    conflicts: (conflicts.all(reviewId, e.id) as { submission_id: string; reason: string }[]).map((r) => ({ submissionId: r.submission_id, reason: r.reason })),
  }));
}

/** The next free `expert-<n>` id of a review: short, stable, and safe in sheet file names. */
function nextExpertId(db: Database, reviewId: string): string {
  const taken = new Set((db.prepare('SELECT id FROM roster_experts WHERE review_id = ?').all(reviewId) as { id: string }[]).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`expert-${String(n)}`)) n += 1;
  return `expert-${String(n)}`;
}

/** Adds an expert (assigned every submission of the review by default) and returns the new id. */
export function addExpert(db: Database, reviewId: string, expert: ExpertDetails): string {
  return db.transaction(() => {
    const id = nextExpertId(db, reviewId);
    const position = (db.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM roster_experts WHERE review_id = ?').get(reviewId) as { p: number }).p;
    db.prepare('INSERT INTO roster_experts (review_id, id, position, name, organisation) VALUES (?, ?, ?, ?, ?)').run(reviewId, id, position, expert.name, expert.organisation);
    updateExpert(db, reviewId, id, expert);
    db.prepare('INSERT INTO roster_assignments (review_id, expert_id, submission_id) SELECT review_id, ?, id FROM submissions WHERE review_id = ?').run(id, reviewId);
    return id;
  })();
}

/** True when the review's roster has this expert. */
export function hasExpert(db: Database, reviewId: string, expertId: string): boolean {
  return db.prepare('SELECT 1 FROM roster_experts WHERE review_id = ? AND id = ?').get(reviewId, expertId) !== undefined;
}

/** Renames an expert or changes the organisation; details left out keep their stored value. */
export function updateExpert(db: Database, reviewId: string, expertId: string, expert: ExpertDetails): void {
  db.prepare(
    `UPDATE roster_experts SET name = ?, organisation = ?, title = coalesce(?, title), expertise = coalesce(?, expertise), phone = coalesce(?, phone),
     panel = coalesce(?, panel) WHERE review_id = ? AND id = ?`,
  ).run(expert.name, expert.organisation, expert.title ?? null, expert.expertise ?? null, expert.phone ?? null, expert.panel === undefined ? null : JSON.stringify(expert.panel), reviewId, expertId);
}

/** Removes an expert with their assignments and conflicts. */
export function removeExpert(db: Database, reviewId: string, expertId: string): void {
  db.prepare('DELETE FROM roster_experts WHERE review_id = ? AND id = ?').run(reviewId, expertId);
}

/** The roster entry that already holds this key in the review, if any. */
export function expertWithKey(db: Database, reviewId: string, publicKey: string): string | null {
  const row = db.prepare('SELECT id FROM roster_experts WHERE review_id = ? AND public_key = ?').get(reviewId, publicKey) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Enrols a verified key card's key for an expert, keeping the card as it was handed over. */
export function enrollKey(db: Database, reviewId: string, expertId: string, card: { publicKey: string; text: string }, now = new Date().toISOString()): void {
  db.prepare('UPDATE roster_experts SET public_key = ?, key_card = ?, enrolled_at = ? WHERE review_id = ? AND id = ?').run(card.publicKey, card.text, now, reviewId, expertId);
}

/** Replaces an expert's assignments. */
export function setAssignments(db: Database, reviewId: string, expertId: string, submissionIds: readonly string[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM roster_assignments WHERE review_id = ? AND expert_id = ?').run(reviewId, expertId);
    const insert = db.prepare('INSERT INTO roster_assignments (review_id, expert_id, submission_id) VALUES (?, ?, ?)');
    for (const id of new Set(submissionIds)) insert.run(reviewId, expertId, id);
  })();
}

/** Records (reason) or withdraws (null) a conflict the coordinator knows of; a recorded one also ends the assignment. */
export function setRosterConflict(db: Database, key: { reviewId: string; expertId: string; submissionId: string }, reason: string | null, now = new Date().toISOString()): void {
  const args = [key.reviewId, key.expertId, key.submissionId] as const;
  db.transaction(() => {
    if (reason === null) {
      db.prepare('DELETE FROM roster_conflicts WHERE review_id = ? AND expert_id = ? AND submission_id = ?').run(...args);
      return;
    }
    db.prepare(
      `INSERT INTO roster_conflicts (review_id, expert_id, submission_id, reason, declared_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET reason = excluded.reason, declared_at = excluded.declared_at`,
    ).run(...args, reason, now);
    db.prepare('DELETE FROM roster_assignments WHERE review_id = ? AND expert_id = ? AND submission_id = ?').run(...args);
  })();
}
